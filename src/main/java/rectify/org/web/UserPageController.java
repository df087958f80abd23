package rectify.org.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.org.Accounts;
import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.org.UserAccount;
import rectify.shared.BusinessException;
import rectify.shared.PageResult;
import rectify.shared.web.Messages;

/**
 * Accounts in the pages. The system administrator creates and maintains accounts; the security administrator
 * sees the same list and assigns roles. Neither sees business data.
 */
@Controller
class UserPageController {

    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final Messages messages;

    UserPageController(Accounts accounts, OrgUnits orgUnits, Messages messages) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    String list(@RequestParam(required = false) Role role, @RequestParam(required = false) Long orgUnitId,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        PageResult<UserAccount> users = accounts.search(role, orgUnitId, q, page, 30);
        model.addAttribute("users", users);
        model.addAttribute("unitNames", unitNames(users.content().stream().map(UserAccount::getOrgUnitId).toList()));
        model.addAttribute("units", orgUnits.visibleTo(CurrentUser.require()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("role", role);
        model.addAttribute("orgUnitId", orgUnitId);
        model.addAttribute("q", q);
        model.addAttribute("locked", accounts.lockedOf(users.content()));
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String newForm(Model model) {
        model.addAttribute("units", orgUnits.visibleTo(CurrentUser.require()));
        return "admin/user-new";
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@RequestParam String username, @RequestParam String displayName,
                  @RequestParam(required = false) Long orgUnitId, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String phone, @RequestParam(required = false) String password,
                  Model model, RedirectAttributes redirect) {
        try {
            requireText(username);
            requireText(displayName);
            Accounts.Created created = accounts.create(new Accounts.NewAccount(username, displayName, orgUnitId,
                    email, phone, password));
            redirect.addFlashAttribute("successMessage", messages.get("user.created", created.account().getUsername()));
            if (created.generatedPassword() != null) {
                redirect.addFlashAttribute("issuedPassword", created.generatedPassword());
            }
            return "redirect:/admin/users/" + created.account().getId();
        } catch (BusinessException e) {
            model.addAttribute("errorMessage", messages.of(e));
            model.addAttribute("units", orgUnits.visibleTo(CurrentUser.require()));
            model.addAttribute("form", Map.of("username", username, "displayName", displayName,
                    "orgUnitId", orgUnitId == null ? "" : orgUnitId, "email", email == null ? "" : email,
                    "phone", phone == null ? "" : phone));
            return "admin/user-new";
        }
    }

    @GetMapping("/admin/users/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    String show(@PathVariable long id, Model model) {
        UserAccount user = accounts.get(id);
        model.addAttribute("user", user);
        model.addAttribute("units", orgUnits.visibleTo(CurrentUser.require()));
        model.addAttribute("unitName", orgUnits.find(user.getOrgUnitId()).map(OrgUnit::getName).orElse(null));
        model.addAttribute("businessRoles", Role.business());
        model.addAttribute("adminRoles", EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN));
        model.addAttribute("locked", accounts.isLocked(user));
        return "admin/user";
    }

    @PostMapping("/admin/users/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String update(@PathVariable long id, @RequestParam long version, @RequestParam String displayName,
                  @RequestParam(required = false) Long orgUnitId, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String phone, @RequestParam(defaultValue = "false") boolean enabled,
                  RedirectAttributes redirect) {
        requireText(displayName);
        accounts.update(id, version, new Accounts.Profile(displayName, orgUnitId, email, phone, enabled),
                CurrentUser.require());
        redirect.addFlashAttribute("successMessage", messages.get("user.updated"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/roles")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String roles(@PathVariable long id, @RequestParam long version,
                 @RequestParam(name = "roles", required = false) List<Role> roles, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        accounts.assignRoles(id, version, chosen, CurrentUser.require());
        redirect.addFlashAttribute("successMessage", messages.get("user.rolesSaved"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password-reset")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("issuedPassword", accounts.resetPassword(id));
        redirect.addFlashAttribute("successMessage", messages.get("user.passwordReset"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("successMessage", messages.get("user.unlocked"));
        return "redirect:/admin/users/" + id;
    }

    private Map<Long, String> unitNames(List<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        orgUnits.byIds(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
                .forEach((id, unit) -> names.put(id, unit.getName()));
        return names;
    }

    private static void requireText(String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.rule("validation.requiredFields");
        }
    }
}
