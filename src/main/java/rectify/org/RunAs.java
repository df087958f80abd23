package rectify.org;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work as a named person, with their roles and scope, for jobs without a request (demo data, imports): the
 * same rules apply and the audit log names that person.
 */
@Component
public class RunAs {

    private final AccountUserDetailsService users;

    RunAs(AccountUserDetailsService users) {
        this.users = users;
    }

    public <T> T user(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }
}
