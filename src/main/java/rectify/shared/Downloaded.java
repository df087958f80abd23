package rectify.shared;

/**
 * A document, export or file handed out to someone (a report, a ledger export, evidence): announced so that reads
 * are audited as changes are. Kept out of the objects' change histories.
 */
public record Downloaded(String entityType, String entityId, String summary) {
}
