package rectify.org;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address a sign-in comes from (behind a proxy, as its forwarded headers say when the server trusts them). */
final class SignInAddress {

    private SignInAddress() {
    }

    static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String address = attributes.getRequest().getRemoteAddr();
            return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
        }
        return "local";
    }
}
