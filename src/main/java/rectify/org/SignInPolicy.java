package rectify.org;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** After {@code maxFailedAttempts} wrong passwords in a row an account is locked for {@code lockDuration}. */
@ConfigurationProperties("rectify.security.sign-in")
public record SignInPolicy(Integer maxFailedAttempts, Duration lockDuration) {

    public SignInPolicy {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }
}
