/**
 * Backup and restore: a consistent copy of the database (every table, in one snapshot) and of the evidence files and
 * the audit chain's key and anchors, with a manifest of SHA-256 hashes; and its restore into an empty database and
 * data folder, all or nothing. Run on the server as {@code java -jar rectify.jar backup|restore <folder>}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup", allowedDependencies = {"evidence", "shared"})
package rectify.backup;
