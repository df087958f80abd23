package rectify.shared.web;

/**
 * Recognises an upload refused for its size, however the servlet container reports it (Spring's
 * MaxUploadSizeExceededException, or Tomcat's size-limit exceptions surfacing while parameters are read).
 */
final class UploadFailures {

    private UploadFailures() {
    }

    /** A file name the container refuses (a NUL character in it). */
    static boolean isBadFileName(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.apache.tomcat.util.http.fileupload.InvalidFileNameException) {
                return true;
            }
        }
        return false;
    }

    static boolean isTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
                    || t.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || t.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }
}
