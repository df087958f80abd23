package rectify.org;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts wrong passwords and locks the account when the sign-in policy says so. */
@Component
class SignInAttempts {

    private final SignInThrottle throttle;

    SignInAttempts(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(event.getAuthentication().getName(), SignInAddress.current());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user
                && !AccessTokens.SIGNED_IN_WITH_TOKEN.equals(event.getAuthentication().getDetails())) {
            throttle.succeeded(user.getUsername(), SignInAddress.current());
        }
    }
}
