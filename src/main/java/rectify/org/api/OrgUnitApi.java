package rectify.org.api;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnitKind;
import rectify.org.OrgUnits;
import rectify.shared.web.ApiVersions;

/** The org tree. Everyone but the audit administrator reads the part in their scope; the system administrator edits. */
@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitApi {

    private final OrgUnits orgUnits;

    OrgUnitApi(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    record OrgUnitJson(long id, Long parentId, String name, String shortName, OrgUnitKind kind, int seq, int depth,
                       long version) {
        static OrgUnitJson of(OrgUnit unit) {
            return new OrgUnitJson(unit.getId(), unit.getParentId(), unit.getName(), unit.getShortName(),
                    unit.getKind(), unit.getSeq(), unit.depth(), unit.getVersion());
        }
    }

    record OrgUnitRequest(Long parentId,
                          @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong") String name,
                          @Size(max = 100, message = "validation.tooLong") String shortName,
                          @NotNull(message = "validation.required") OrgUnitKind kind,
                          Integer seq,
                          Long version) {
        OrgUnits.Draft draft() {
            return new OrgUnits.Draft(parentId, name, shortName, kind, seq == null ? 0 : seq);
        }
    }

    @GetMapping
    @PreAuthorize("!hasRole('AUDIT_ADMIN')")
    List<OrgUnitJson> list() {
        return orgUnits.visibleTo(CurrentUser.require()).stream().map(OrgUnitJson::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("!hasRole('AUDIT_ADMIN')")
    OrgUnitJson get(@PathVariable long id) {
        return OrgUnitJson.of(orgUnits.get(id, CurrentUser.require()));
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<OrgUnitJson> create(@Valid @RequestBody OrgUnitRequest request) {
        OrgUnit unit = orgUnits.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + unit.getId())).body(OrgUnitJson.of(unit));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    OrgUnitJson update(@PathVariable long id, @Valid @RequestBody OrgUnitRequest request) {
        return OrgUnitJson.of(orgUnits.update(id, ApiVersions.required(request.version()), request.draft()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
        orgUnits.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
