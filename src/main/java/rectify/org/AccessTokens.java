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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
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
    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final int defaultDays;

    AccessTokens(AccessTokenRepository tokens, UserAccountRepository users, ApplicationEventPublisher events,
                 Clock clock, @org.springframework.beans.factory.annotation.Value(
                         "${rectify.security.tokens.default-days:90}") int defaultDays) {
        this.defaultDays = defaultDays;
        this.tokens = tokens;
        this.users = users;
        this.events = events;
        this.clock = clock;
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

    /** The user a presented token stands for, if it is valid and its owner may sign in. */
    public Optional<CurrentUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(sha256(secret))
                .filter(t -> t.isUsableOn(LocalDate.now(clock)))
                .flatMap(t -> users.findById(t.getUserId()).map(u -> {
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
                        t.usedAt(now);
                    }
                    return new CurrentUser(u, false);
                }))
                .filter(u -> u.isEnabled() && !u.isMustChangePassword());
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
