package rectify.inspection;

/** Where a problem came from: the feedback, or the unit itself (自查自纠、举一反三). */
public enum ProblemOrigin { FEEDBACK, SELF_CHECK }
