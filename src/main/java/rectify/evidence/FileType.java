package rectify.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The evidence file types accepted, each with the names it may carry and the content type it is served as. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    OFD("application/ofd", "ofd"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("application/vnd.ms-excel", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    ZIP("application/zip", "zip");

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = Arrays.asList(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileType> byExtension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    public static String acceptedExtensions() {
        return String.join("、", Arrays.stream(values()).flatMap(t -> t.extensions.stream()).toList());
    }
}
