package rectify.org;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import rectify.shared.BusinessException;

/** The signed-in person, as every module sees them. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private final Long orgUnitId;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private String passwordHash;

    CurrentUser(UserAccount account, boolean locked) {
        this(account.getId(), account.getUsername(), account.getDisplayName(), account.getOrgUnitId(),
                account.getRoles(), account.isEnabled(), account.isMustChangePassword(), locked);
        this.passwordHash = account.getPasswordHash();
    }

    /** A person signed in without a password (with a token): no hash to keep. */
    CurrentUser(long id, String username, String displayName, Long orgUnitId, Set<Role> roles, boolean enabled,
                boolean mustChangePassword, boolean locked) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.orgUnitId = orgUnitId;
        this.roles = roles;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    /** The person of the current request, if one is signed in. */
    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return find().orElseThrow(BusinessException::forbidden);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Long orgUnitId() {
        return orgUnitId;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For templates: {@code currentUser.has('AUDIT_ADMIN')}. */
    public boolean has(String role) {
        return roles.contains(Role.valueOf(role));
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person works with business data (inspections, problems) at all. */
    public boolean hasBusinessRole() {
        return roles.stream().anyMatch(r -> !r.isAdministrator());
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
