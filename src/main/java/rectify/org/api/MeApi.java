package rectify.org.api;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.Accounts;
import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Role;

/** The caller: who they are, and changing their own password ({@code PUT} also accepts HTTP Basic). */
@RestController
@RequestMapping("/api/v1/me")
class MeApi {

    private final Accounts accounts;
    private final OrgUnits orgUnits;

    MeApi(Accounts accounts, OrgUnits orgUnits) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
    }

    record MeJson(long id, String username, String displayName, Long orgUnitId, String orgUnitName, Set<Role> roles) {
    }

    record PasswordChange(@NotBlank(message = "validation.required") String oldPassword,
                          @NotBlank(message = "validation.required") String newPassword) {
    }

    @GetMapping
    MeJson me() {
        CurrentUser user = CurrentUser.require();
        String unitName = orgUnits.find(user.orgUnitId()).map(OrgUnit::getName).orElse(null);
        return new MeJson(user.id(), user.getUsername(), user.displayName(), user.orgUnitId(), unitName, user.roles());
    }

    @PutMapping("/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange request) {
        accounts.changeOwnPassword(CurrentUser.require().id(), request.oldPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
