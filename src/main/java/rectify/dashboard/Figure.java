package rectify.dashboard;

/**
 * One count on a dashboard with the ledger query ({@code status=CLOSED&unitId=3}) that lists exactly the problems it
 * counts: the page links to {@code /ledger?…}, the API to {@code /api/v1/problems?…}.
 */
public record Figure(long value, String ledger) {
}
