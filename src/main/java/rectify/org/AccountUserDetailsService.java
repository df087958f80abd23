package rectify.org;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in with a password (the login form and HTTP Basic on the token endpoint). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final SignInThrottle throttle;

    AccountUserDetailsService(UserAccountRepository users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // the attempt takes its slot before the password is checked; a locked address is refused unchecked
        boolean allowed = throttle.claim(username, SignInAddress.current());
        return users.findByUsername(username)
                .map(account -> new CurrentUser(account, !allowed))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
