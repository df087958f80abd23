/**
 * Documents out: the rectification report (GB/T 9704) and its public version, the ledger workbook and its import,
 * the evidence package, the supervision order and the round summary. Reading feedback documents is the intake
 * module's.
 */
package rectify.document;
