package rectify.inspection;

/**
 * A problem entered by mistake (a duplicate, one that belongs to another inspection) is being voided, before it
 * leaves the ledger. Published inside the voiding transaction, so what other modules hang on the problem (its
 * draft measures) goes with it, and a module that cannot let it go refuses, undoing the whole void.
 */
public record ProblemVoided(long problemId, long inspectionId) {
}
