package rectify.lifecycle;

public enum ClosureRequestStatus { PENDING, APPROVED, APPROVED_LONG_TERM, REJECTED, REPLACED }
