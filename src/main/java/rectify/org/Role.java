package rectify.org;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The roles of domain.md. The three administrator roles are kept apart (三员分立). */
public enum Role {
    INSPECTION_OFFICE(false),
    UNIT_COORDINATOR(false),
    RESPONSIBLE(false),
    UNIT_LEADER(false),
    OVERSIGHT(false),
    SYSTEM_ADMIN(true),
    SECURITY_ADMIN(true),
    AUDIT_ADMIN(true);

    private final boolean administrator;

    Role(boolean administrator) {
        this.administrator = administrator;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Set<Role> business() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (!role.administrator) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The message key of the rule a set of roles breaks, or null when it keeps the separation of duties. */
    static String separationViolation(Collection<Role> roles) {
        long admins = roles.stream().filter(Role::isAdministrator).count();
        if (admins > 1) {
            return "role.rule.oneAdminRole";
        }
        if (admins == 1 && roles.size() > 1) {
            return "role.rule.adminWithoutBusiness";
        }
        return null;
    }
}
