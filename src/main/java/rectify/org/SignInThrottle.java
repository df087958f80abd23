package rectify.org;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import rectify.shared.EntityChanged;

/**
 * Password guesses, counted per account and source address. Each attempt takes a slot with one atomic update
 * before its password is checked, so however many guesses arrive at once, no more than the policy allows are ever
 * checked; a wrong password at the limit locks that address out of that account for the lock duration, doubled
 * with each lock (up to a day). A right password clears the count. Tokens are never affected, and another address
 * (the real administrator's) can still sign in while an attacker's is locked.
 */
@Component
class SignInThrottle {

    private static final Duration LONGEST_LOCK = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final SignInPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SignInPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes a slot for one attempt; false when this address is locked out of this account. Outside any transaction,
     * so each statement counts at once and a lost race to create the row spoils nothing.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean claim(String username, String address) {
        String user = key(username);
        Timestamp now = Timestamp.from(clock.instant());
        int claimed = jdbc.sql("""
                update sign_in_throttle set attempts = attempts + 1, locked_until = null
                where username = :username and address = :address and attempts < :max
                and (locked_until is null or locked_until <= :now)""")
                .param("username", user).param("address", address).param("max", policy.maxFailedAttempts())
                .param("now", now).update();
        if (claimed == 1) {
            return true;
        }
        // an expired lock starts a new count
        int restarted = jdbc.sql("""
                update sign_in_throttle set attempts = 1, locked_until = null
                where username = :username and address = :address and locked_until is not null and locked_until <= :now""")
                .param("username", user).param("address", address).param("now", now).update();
        if (restarted == 1) {
            return true;
        }
        try {
            jdbc.sql("insert into sign_in_throttle (username, address, attempts, locks) values (:username, :address, 1, 0)")
                    .param("username", user).param("address", address).update();
            return true;
        } catch (DuplicateKeyException e) {
            // another attempt made the row first: take a slot in it
            return jdbc.sql("update sign_in_throttle set attempts = attempts + 1 where username = :username"
                            + " and address = :address and attempts < :max and locked_until is null")
                    .param("username", user).param("address", address).param("max", policy.maxFailedAttempts())
                    .update() == 1;
        }
    }

    /** A wrong password: at the limit, the address is locked out of the account (and the lock audited). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        String user = key(username);
        Instant now = clock.instant();
        Integer locks = jdbc.sql("""
                select locks from sign_in_throttle where username = :username and address = :address
                and attempts >= :max and locked_until is null""")
                .param("username", user).param("address", address).param("max", policy.maxFailedAttempts())
                .query(Integer.class).optional().orElse(null);
        if (locks == null) {
            return;
        }
        Duration lock = policy.lockDuration().multipliedBy(1L << Math.min(locks, 10));
        lock = lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
        int locked = jdbc.sql("""
                update sign_in_throttle set locked_until = :until, locks = locks + 1
                where username = :username and address = :address and attempts >= :max and locked_until is null""")
                .param("until", Timestamp.from(now.plus(lock))).param("username", user).param("address", address)
                .param("max", policy.maxFailedAttempts()).update();
        if (locked == 1) {
            events.publishEvent(new EntityChanged(Accounts.ENTITY, user, EntityChanged.Action.UPDATE,
                    "sign-in locked for " + address + ": " + user, Map.of(),
                    Map.of("address", address, "lockedUntil", now.plus(lock).toString())));
        }
    }

    /** A right password clears the count of that address. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void succeeded(String username, String address) {
        jdbc.sql("delete from sign_in_throttle where username = :username and address = :address")
                .param("username", key(username)).param("address", address).update();
    }

    /** Which of these accounts some address is locked out of now (shown to administrators). */
    @Transactional(readOnly = true)
    public java.util.Set<String> lockedAmong(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select distinct username from sign_in_throttle"
                        + " where username in (:usernames) and locked_until > :now")
                .param("usernames", usernames).param("now", Timestamp.from(clock.instant()))
                .query(String.class).list());
    }

    /** The administrator's unlock: every address may try again. */
    @Transactional
    public void clear(String username) {
        jdbc.sql("delete from sign_in_throttle where username = :username").param("username", key(username)).update();
    }

    private static String key(String username) {
        String user = username == null ? "" : username.strip();
        return user.length() > 64 ? user.substring(0, 64) : user;
    }
}
