package rectify.shared.web;

import rectify.shared.BusinessException;

public final class ApiVersions {

    private ApiVersions() {
    }

    /** An edit must say which version it was based on, so a stale edit cannot overwrite silently. */
    public static long required(Long version) {
        if (version == null) {
            throw BusinessException.badRequest("error.versionRequired");
        }
        return version;
    }
}
