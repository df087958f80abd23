package rectify.org;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads accounts for sign-in with a password (the login form and HTTP Basic on the token endpoint). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final SignInThrottle throttle;
    private final TransactionTemplate reading;

    AccountUserDetailsService(UserAccountRepository users, SignInThrottle throttle,
                              PlatformTransactionManager transactions) {
        this.users = users;
        this.throttle = throttle;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * The attempt takes its slot first, then the account is read: one after the other, each with one connection, so
     * a burst of sign-ins never holds one connection while waiting for another. A locked address is refused unchecked.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        boolean allowed = throttle.claim(username, SignInAddress.current());
        CurrentUser user = reading.execute(status -> users.findByUsername(username)
                .map(account -> new CurrentUser(account, !allowed)).orElse(null));
        if (user == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return user;
    }
}
