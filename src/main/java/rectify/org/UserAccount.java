package rectify.org;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import rectify.shared.BusinessException;

/** A person who signs in. Belongs to one org unit; holds roles; can be locked after failed sign-ins. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 64)
    private String username;

    @Column(name = "display_name")
    @Size(max = 100)
    private String displayName;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    @Column(name = "password_hash")
    @Size(max = 200)
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "built_in")
    private boolean builtIn;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, Long orgUnitId, String passwordHash,
                boolean mustChangePassword, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.orgUnitId = orgUnitId;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    void describe(String displayName, Long orgUnitId, String email, String phone) {
        if (orgUnitId == null && roles.stream().anyMatch(r -> !r.isAdministrator())) {
            throw BusinessException.rule("user.rule.businessRoleNeedsUnit");
        }
        this.displayName = displayName;
        this.orgUnitId = orgUnitId;
        this.email = email;
        this.phone = phone;
    }

    void markBuiltIn() {
        this.builtIn = true;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    /** Replaces the roles, keeping the separation of the three administrators (三员分立). */
    void assignRoles(Set<Role> newRoles) {
        String violation = Role.separationViolation(newRoles);
        if (violation != null) {
            throw BusinessException.rule(violation);
        }
        if (builtIn) {
            throw BusinessException.rule("role.rule.builtInFixed");
        }
        if (orgUnitId == null && newRoles.stream().anyMatch(r -> !r.isAdministrator())) {
            throw BusinessException.rule("user.rule.businessRoleNeedsUnit");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    void grantInitialRole(Role role) {
        roles.add(role);
    }

    void changePassword(String newHash, boolean mustChangeAtNextSignIn, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChangeAtNextSignIn;
        this.passwordChangedAt = now;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("orgUnitId", orgUnitId);
        state.put("email", email);
        state.put("phone", phone);
        state.put("enabled", enabled);
        state.put("roles", new TreeSet<>(roles.stream().map(Role::name).toList()));
        state.put("mustChangePassword", mustChangePassword);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }
}
