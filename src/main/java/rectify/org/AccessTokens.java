package rectify.org;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;

/**
 * Personal access tokens: created by their owner after signing in with a password (never with another token), shown
 * once, stored as SHA-256, usable until they expire (by default after {@code rectify.security.tokens.default-days})
 * or are revoked, and revoked when the password changes. A sign-in lock stops passwords, not tokens.
 */
@Service
@Transactional
public class AccessTokens {

    static final String ENTITY = "AccessToken";
    private static final String PREFIX = "rct_";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);
    /** The details of an authentication made with a token, so that a token cannot mint another. */
    public static final String SIGNED_IN_WITH_TOKEN = "access-token";

    private final AccessTokenRepository tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;

    private final int defaultDays;

    AccessTokens(AccessTokenRepository tokens, ApplicationEventPublisher events,
                 Clock clock, JdbcClient jdbc, @org.springframework.beans.factory.annotation.Value(
                         "${rectify.security.tokens.default-days:90}") int defaultDays) {
        this.defaultDays = defaultDays;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public record Issued(AccessToken token, String secret) {
    }

    public Issued create(CurrentUser owner, String name, LocalDate expiresOn) {
        if (owner.isMustChangePassword()) {
            throw BusinessException.forbiddenWith("token.rule.changePasswordFirst");
        }
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (authentication != null && SIGNED_IN_WITH_TOKEN.equals(authentication.getDetails())) {
            throw BusinessException.forbiddenWith("token.rule.passwordNeeded");
        }
        if (expiresOn == null) {
            expiresOn = LocalDate.now(clock).plusDays(defaultDays);
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw BusinessException.rule("token.rule.name");
        }
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
            throw BusinessException.rule("token.rule.expiryInPast");
        }
        String secret = newSecret();
        AccessToken token = tokens.saveAndFlush(new AccessToken(owner.id(), name.strip(), sha256(secret),
                secret.substring(0, 8), expiresOn, clock.instant()));
        events.publishEvent(EntityChanged.created(ENTITY, token.getId(), token.getName(),
                Map.of("name", token.getName(), "userId", owner.id(), "hint", token.getTokenHint())));
        return new Issued(token, secret);
    }

    @Transactional(readOnly = true)
    public List<AccessToken> ownedBy(CurrentUser owner) {
        return tokens.findByUserIdOrderByCreatedAtDesc(owner.id());
    }

    /** Revokes one of the owner's tokens; someone else's token is as good as missing. */
    public void revoke(CurrentUser owner, long tokenId) {
        AccessToken token = tokens.findById(tokenId).filter(t -> t.getUserId() == owner.id())
                .orElseThrow(BusinessException::notFound);
        if (token.isRevoked()) {
            return;
        }
        token.revoke(clock.instant());
        events.publishEvent(EntityChanged.updated(ENTITY, token.getId(), token.getName(),
                Map.of("revoked", false), Map.of("revoked", true)));
    }

    /**
     * The user a presented token stands for, if it is valid and its owner may sign in. Asked on every API request:
     * one read of the token with its owner and roles, outside a transaction, and a write only when the last use
     * recorded is older than {@link #LAST_USED_PRECISION}.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<CurrentUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        // the roles as an array beside the owner, not joined as rows: the statement is planned on every request
        // (decision 0011), and the join's plan cost more than the read (0.15 against 0.06 ms)
        Optional<Presented> found = jdbc.sql("""
                        select t.id as token_id, t.expires_on, t.revoked_at, t.last_used_at, u.id as user_id,
                               u.username, u.display_name, u.org_unit_id, u.enabled, u.must_change_password,
                               array(select r.role from app_user_role r where r.user_id = u.id) as roles
                        from access_token t join app_user u on u.id = t.user_id
                        where t.token_hash = :hash""")
                .param("hash", sha256(secret))
                .query((rs, n) -> new Presented(rs.getLong("token_id"), rs.getObject("expires_on", LocalDate.class),
                        rs.getTimestamp("revoked_at"), rs.getTimestamp("last_used_at"), rs.getLong("user_id"),
                        rs.getString("username"), rs.getString("display_name"),
                        rs.getObject("org_unit_id", Long.class), rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"), roles(rs.getArray("roles"))))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Presented token = found.get();
        Instant now = clock.instant();
        Instant revokedAt = token.revokedAt() == null ? null : token.revokedAt().toInstant();
        if (!AccessToken.usable(revokedAt, token.expiresOn(), LocalDate.now(clock))
                || !token.enabled() || token.mustChangePassword()) {
            return Optional.empty();
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().toInstant().plus(LAST_USED_PRECISION).isBefore(now)) {
            jdbc.sql("update access_token set last_used_at = :now where id = :id")
                    .param("now", java.sql.Timestamp.from(now)).param("id", token.tokenId()).update();
        }
        return Optional.of(new CurrentUser(token.userId(), token.username(), token.displayName(), token.orgUnitId(),
                token.roles(), true, false, false));
    }

    /** A presented token's read: the token, its owner and the owner's roles. */
    private record Presented(long tokenId, LocalDate expiresOn, java.sql.Timestamp revokedAt,
                             java.sql.Timestamp lastUsedAt, long userId, String username, String displayName,
                             Long orgUnitId, boolean enabled, boolean mustChangePassword, Set<Role> roles) {
    }

    private static Set<Role> roles(java.sql.Array names) throws java.sql.SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : (Object[]) names.getArray()) {
            roles.add(Role.valueOf((String) name));
        }
        return roles;
    }

    private static String newSecret() {
        StringBuilder secret = new StringBuilder(PREFIX);
        for (int i = 0; i < 40; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
