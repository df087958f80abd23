package rectify.org;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import rectify.shared.BusinessException;
import rectify.shared.EntityChanged;
import rectify.shared.PageResult;

/**
 * User accounts: the system administrator creates and maintains them, the security administrator assigns roles,
 * every user changes their own password. Every change is audited.
 */
@Service
@Transactional
public class Accounts {

    static final String ENTITY = "User";

    private final UserAccountRepository users;
    private final OrgUnitRepository units;
    private final AccessTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PasswordHistoryRepository history;
    private final SignInThrottle throttle;
    private final DataScope dataScope;
    private final JdbcClient jdbc;

    Accounts(UserAccountRepository users, OrgUnitRepository units, AccessTokenRepository tokens,
             PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
             ApplicationEventPublisher events, Clock clock, PasswordHistoryRepository history,
             SignInThrottle throttle, DataScope dataScope, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.dataScope = dataScope;
        this.history = history;
        this.throttle = throttle;
        this.users = users;
        this.units = units;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
    }

    public record NewAccount(String username, String displayName, Long orgUnitId, String email, String phone,
                             String password) {
    }

    public record Profile(String displayName, Long orgUnitId, String email, String phone, boolean enabled) {
    }

    /** An account and, when the administrator left the password empty, the generated one to hand over. */
    public record Created(UserAccount account, String generatedPassword) {
    }

    @Transactional(readOnly = true)
    public PageResult<UserAccount> search(Role role, Long orgUnitId, String q, int page, int size) {
        String unitPathPattern = orgUnitId == null ? null
                : units.findById(orgUnitId).map(OrgUnit::getPath).orElse("/-/") + "%";
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase() + "%";
        return PageResult.of(users.search(role, unitPathPattern, like, PageRequest.of(Math.max(0, page),
                Math.min(Math.max(1, size), 200))));
    }

    /** Now, by the application's clock (for "is this account locked" in pages and API). */
    public Instant now() {
        return clock.instant();
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(BusinessException::notFound);
    }

    @Transactional(readOnly = true)
    public Map<Long, UserAccount> byIds(java.util.Collection<Long> ids) {
        return users.findByIdIn(ids).stream()
                .collect(java.util.stream.Collectors.toMap(UserAccount::getId, u -> u));
    }

    /**
     * The person as the rules see them, for work done on their behalf without a request (a reminder job working out
     * what each recipient may see).
     */
    public CurrentUser principalOf(UserAccount account) {
        return new CurrentUser(account, false);
    }

    /** The names of every account, of any unit: what a document to be published must not name. */
    @Transactional(readOnly = true)
    public java.util.List<String> allDisplayNames() {
        return users.findAll().stream().map(UserAccount::getDisplayName).filter(n -> n != null && !n.isBlank())
                .map(String::strip).distinct().toList();
    }

    /** The enabled people of a unit and its departments: whom a problem or measure can be assigned to. */
    @Transactional(readOnly = true)
    public java.util.List<UserAccount> membersOf(OrgUnit unit) {
        return users.findEnabledUnder(unit.getPath() + "%");
    }

    /**
     * How many people {@link #membersOf} lists for the unit at the top of what the user sees
     * ({@link OrgUnits#topVisibleTo}), counted by that unit's path without reading it or them: the ledger asks on
     * every view, and the entity layer cost more than the count. Counted no further than {@code upTo}: enough to
     * tell whether there are more than a list can show (a province's two thousand people were counted whole on every
     * view, 0.74 ms of the database's time).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long countMembersAtTopOf(CurrentUser user, long upTo) {
        Scope scope = dataScope.orgScopeOf(user);
        if (scope.isAll() || scope.isNone()) {
            return 0; // no one unit is at the top of everything or of nothing
        }
        return jdbc.sql("""
                        select count(*) from (select 1 as one from app_user u join org_unit o on o.id = u.org_unit_id
                        where u.enabled and o.path like :pattern limit :upTo) counted""")
                .param("pattern", scope.pathPattern()).param("upTo", upTo).query(Long.class).single();
    }

    /** One of the enabled people of a unit and its departments, if they are one. */
    @Transactional(readOnly = true)
    public java.util.Optional<UserAccount> memberOf(OrgUnit unit, long userId) {
        return users.findById(userId).filter(UserAccount::isEnabled).filter(u -> u.getOrgUnitId() != null)
                .filter(u -> units.findById(u.getOrgUnitId()).map(o -> o.isWithin(unit)).orElse(false));
    }

    /** The enabled people holding {@code role} whose business scope covers {@code unit}: who may act on its work. */
    @Transactional(readOnly = true)
    public java.util.List<UserAccount> holdersCovering(Role role, OrgUnit unit) {
        return users.findAll().stream()
                .filter(u -> u.isEnabled() && u.hasRole(role))
                .filter(u -> dataScope.businessScopeOf(principalOf(u)).covers(unit))
                .toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    /** Created by an administrator: the person must choose their own password at first sign-in. */
    public Created create(NewAccount request) {
        String username = request.username().strip();
        if (!username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw BusinessException.rule("user.rule.usernameFormat");
        }
        if (users.existsByUsername(username)) {
            throw BusinessException.conflict("user.rule.usernameTaken", username);
        }
        requireUnit(request.orgUnitId());
        boolean generated = request.password() == null || request.password().isBlank();
        String password = generated ? passwordPolicy.generate() : request.password();
        if (!generated) {
            passwordPolicy.check(password, username);
        }
        UserAccount account = new UserAccount(username, request.displayName().strip(), request.orgUnitId(),
                passwordEncoder.encode(password), true, clock.instant());
        account.describe(request.displayName().strip(), request.orgUnitId(), blank(request.email()),
                blank(request.phone()));
        users.saveAndFlush(account);
        events.publishEvent(EntityChanged.created(ENTITY, account.getId(), account.getUsername(), account.snapshot()));
        return new Created(account, generated ? password : null);
    }

    public UserAccount update(long id, long expectedVersion, Profile profile, CurrentUser actor) {
        UserAccount account = versioned(id, expectedVersion);
        if (!profile.enabled() && account.getId() == actor.id()) {
            throw BusinessException.rule("user.rule.cannotDisableSelf");
        }
        // 三员分立: an administrator's account is not switched off by another administrator
        if (!profile.enabled() && account.isEnabled() && isAdministrator(account)) {
            throw BusinessException.forbiddenWith("user.rule.adminNotDisabled");
        }
        requireUnit(profile.orgUnitId());
        Map<String, Object> before = account.snapshot();
        if (widensScope(account, profile.orgUnitId())) {
            // a move that widens what the person may see is a grant: their business roles wait for the security
            // administrator to give them again
            account.assignRoles(account.getRoles().stream().filter(Role::isAdministrator)
                    .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
        }
        account.describe(profile.displayName().strip(), profile.orgUnitId(), blank(profile.email()),
                blank(profile.phone()));
        account.enable(profile.enabled());
        if (!profile.enabled()) {
            revokeTokens(account);
        }
        users.flush();
        events.publishEvent(EntityChanged.updated(ENTITY, id, account.getUsername(), before, account.snapshot()));
        return account;
    }

    /** 三员分立: only the security administrator assigns roles, never their own. */
    public UserAccount assignRoles(long id, Long expectedVersion, Set<Role> roles, CurrentUser actor) {
        UserAccount account = expectedVersion == null ? get(id) : versioned(id, expectedVersion);
        if (account.getId() == actor.id()) {
            throw BusinessException.rule("role.rule.notOwnRoles");
        }
        Map<String, Object> before = account.snapshot();
        account.assignRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        users.flush();
        events.publishEvent(EntityChanged.updated(ENTITY, id, account.getUsername(), before, account.snapshot()));
        return account;
    }

    /**
     * A new generated password that the person must change at next sign-in; their API tokens stop working. An
     * administrator's password is never reset by another administrator (who would then hold both accounts): it is
     * reset on the server with the local command, which is audited.
     */
    public String resetPassword(long id) {
        UserAccount account = get(id);
        if (isAdministrator(account)) {
            throw BusinessException.forbiddenWith("user.rule.adminResetLocal");
        }
        return reset(account);
    }

    /** The local command's reset (java -jar rectify.jar reset-password &lt;username&gt;), for any account. */
    public String resetOnServer(String username) {
        UserAccount account = users.findByUsername(username).orElseThrow(BusinessException::notFound);
        return reset(account);
    }

    private String reset(UserAccount account) {
        long id = account.getId();
        Map<String, Object> before = account.snapshot();
        String password = passwordPolicy.generate();
        account.changePassword(passwordEncoder.encode(password), true, clock.instant());
        throttle.clear(account.getUsername());
        revokeTokens(account);
        users.flush();
        events.publishEvent(new EntityChanged(ENTITY, String.valueOf(id), EntityChanged.Action.UPDATE,
                "password reset: " + account.getUsername(), before, account.snapshot()));
        return password;
    }

    public UserAccount unlock(long id) {
        UserAccount account = get(id);
        Map<String, Object> before = account.snapshot();
        throttle.clear(account.getUsername());
        users.flush();
        events.publishEvent(EntityChanged.updated(ENTITY, id, "unlock: " + account.getUsername(), before,
                account.snapshot()));
        return account;
    }

    public void changeOwnPassword(long userId, String oldPassword, String newPassword) {
        UserAccount account = get(userId);
        if (oldPassword == null || !passwordEncoder.matches(oldPassword, account.getPasswordHash())) {
            throw BusinessException.rule("password.rule.oldWrong");
        }
        if (oldPassword.equals(newPassword)) {
            throw BusinessException.rule("password.rule.sameAsOld");
        }
        passwordPolicy.check(newPassword, account.getUsername());
        if (passwordPolicy.recentlyUsed(newPassword, account.getPasswordHash(),
                history.findTop10ByUserIdOrderByIdDesc(userId).stream().map(PasswordHistory::getPasswordHash).toList(),
                passwordEncoder)) {
            throw BusinessException.rule("password.rule.recentlyUsed", passwordPolicy.remembered());
        }
        Map<String, Object> before = account.snapshot();
        history.save(new PasswordHistory(userId, account.getPasswordHash(), clock.instant()));
        account.changePassword(passwordEncoder.encode(newPassword), false, clock.instant());
        // a token made under the old password dies with it
        revokeTokens(account);
        users.flush();
        events.publishEvent(EntityChanged.updated(ENTITY, userId, "password changed: " + account.getUsername(),
                before, account.snapshot()));
    }

    /**
     * Creates an account that already holds its roles, without the 三员 checks of {@link #create}: the built-in
     * administrators and the demo's accounts only (an architecture test keeps every other caller out).
     */
    public UserAccount provision(String username, String displayName, Long orgUnitId, String password,
                          boolean mustChange, boolean builtIn, Set<Role> roles) {
        UserAccount account = new UserAccount(username, displayName, orgUnitId, passwordEncoder.encode(password),
                mustChange, clock.instant());
        roles.forEach(account::grantInitialRole);
        if (builtIn) {
            account.markBuiltIn();
        }
        users.saveAndFlush(account);
        events.publishEvent(EntityChanged.created(ENTITY, account.getId(), account.getUsername(), account.snapshot()));
        return account;
    }

    /** Whether wrong passwords have locked some address out of the account. */
    @Transactional(readOnly = true)
    public boolean isLocked(UserAccount account) {
        return !lockedOf(java.util.List.of(account)).isEmpty();
    }

    /** The usernames among these accounts that some address is locked out of now (one query for a page of them). */
    @Transactional(readOnly = true)
    public java.util.Set<String> lockedOf(java.util.Collection<UserAccount> accounts) {
        return throttle.lockedAmong(accounts.stream().map(UserAccount::getUsername).toList());
    }

    private static boolean isAdministrator(UserAccount account) {
        return account.getRoles().stream().anyMatch(Role::isAdministrator);
    }

    /** Whether moving the person to this unit lets a business role see more than before. */
    private boolean widensScope(UserAccount account, Long newUnitId) {
        if (java.util.Objects.equals(account.getOrgUnitId(), newUnitId)
                || account.getRoles().stream().allMatch(Role::isAdministrator)) {
            return false;
        }
        if (newUnitId == null) {
            return false;
        }
        OrgUnit moved = units.findById(newUnitId).orElseThrow();
        OrgUnit before = account.getOrgUnitId() == null ? null : units.findById(account.getOrgUnitId()).orElse(null);
        return before == null || !moved.isWithin(before);
    }

    private void revokeTokens(UserAccount account) {
        Instant now = clock.instant();
        tokens.findByUserIdAndRevokedAtIsNull(account.getId()).forEach(t -> t.revoke(now));
    }

    private UserAccount versioned(long id, long expectedVersion) {
        UserAccount account = get(id);
        BusinessException.requireVersion(account.getVersion(), expectedVersion);
        return account;
    }

    private void requireUnit(Long orgUnitId) {
        if (orgUnitId != null && !units.existsById(orgUnitId)) {
            throw BusinessException.rule("user.rule.unitMissing");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
