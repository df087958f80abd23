package rectify.evidence;

/** A file in the content-addressed store. */
public record StoredFile(String sha256, long size, FileType type) {
}
