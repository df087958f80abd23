package rectify.org.api;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.Accounts;
import rectify.shared.web.ApiVersions;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.org.UserAccount;
import rectify.shared.PageResult;

/** Accounts: the system administrator maintains them, the security administrator assigns roles (三员分立). */
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final Accounts accounts;

    UserApi(Accounts accounts) {
        this.accounts = accounts;
    }

    record UserJson(long id, String username, String displayName, Long orgUnitId, String email, String phone,
                    Set<Role> roles, boolean enabled, boolean locked, boolean mustChangePassword, boolean builtIn,
                    long version) {
        static UserJson of(UserAccount user, boolean locked) {
            return new UserJson(user.getId(), user.getUsername(), user.getDisplayName(), user.getOrgUnitId(),
                    user.getEmail(), user.getPhone(), user.getRoles(), user.isEnabled(),
                    locked, user.isMustChangePassword(), user.isBuiltIn(), user.getVersion());
        }
    }

    record CreateUser(@NotBlank(message = "validation.required") @Size(max = 64, message = "validation.tooLong") String username,
                      @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.tooLong") String displayName,
                      Long orgUnitId, @Size(max = 200, message = "validation.tooLong") String email,
                      @Size(max = 40, message = "validation.tooLong") String phone, String password) {
    }

    record UpdateUser(@NotBlank(message = "validation.required") @Size(max = 100, message = "validation.tooLong") String displayName,
                      Long orgUnitId, @Size(max = 200, message = "validation.tooLong") String email,
                      @Size(max = 40, message = "validation.tooLong") String phone, Boolean enabled, Long version) {
    }

    record RolesRequest(@NotNull(message = "validation.required") Set<Role> roles, Long version) {
    }

    private UserJson json(UserAccount user) {
        return UserJson.of(user, accounts.isLocked(user));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    PageResult<UserJson> list(@RequestParam(required = false) Role role,
                              @RequestParam(required = false) Long orgUnitId,
                              @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        return accounts.search(role, orgUnitId, q, page, size).map(u -> json(u));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    UserJson get(@PathVariable long id) {
        return json(accounts.get(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody CreateUser request) {
        Accounts.Created created = accounts.create(new Accounts.NewAccount(request.username(), request.displayName(),
                request.orgUnitId(), request.email(), request.phone(), request.password()));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("user", json(created.account()));
        if (created.generatedPassword() != null) {
            body.put("initialPassword", created.generatedPassword());
        }
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.account().getId())).body(body);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    UserJson update(@PathVariable long id, @Valid @RequestBody UpdateUser request) {
        return json(accounts.update(id, ApiVersions.required(request.version()),
                new Accounts.Profile(request.displayName(), request.orgUnitId(), request.email(), request.phone(),
                        request.enabled() == null || request.enabled()), CurrentUser.require()));
    }

    @PutMapping("/{id}/roles")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    UserJson roles(@PathVariable long id, @Valid @RequestBody RolesRequest request) {
        return json(accounts.assignRoles(id, request.version(), request.roles(), CurrentUser.require()));
    }

    @PostMapping("/{id}/password-reset")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    Map<String, String> resetPassword(@PathVariable long id) {
        return Map.of("password", accounts.resetPassword(id));
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    UserJson unlock(@PathVariable long id) {
        return json(accounts.unlock(id));
    }
}
