package rectify.rectification;

public enum MeasureStatus { PENDING, DONE }
