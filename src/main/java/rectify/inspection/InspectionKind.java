package rectify.inspection;

/** 常规 / 专项 / 机动 / 回头看 / 其他. */
public enum InspectionKind { ROUTINE, SPECIAL, MOBILE, LOOK_BACK, OTHER }
