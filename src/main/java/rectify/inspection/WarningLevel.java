package rectify.inspection;

/** 三色预警: NORMAL, REMIND 绿, WARN 黄, OVERDUE 红. */
public enum WarningLevel { NORMAL, REMIND, WARN, OVERDUE }
