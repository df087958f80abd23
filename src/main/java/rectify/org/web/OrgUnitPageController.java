package rectify.org.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnitKind;
import rectify.org.OrgUnits;
import rectify.shared.BusinessException;
import rectify.shared.web.Messages;

/** The org tree page: everyone reads the part in their scope; the system administrator adds, edits and removes. */
@Controller
class OrgUnitPageController {

    private final OrgUnits orgUnits;
    private final Messages messages;

    OrgUnitPageController(OrgUnits orgUnits, Messages messages) {
        this.orgUnits = orgUnits;
        this.messages = messages;
    }

    @GetMapping("/org-units")
    @PreAuthorize("!hasRole('AUDIT_ADMIN')")
    String tree(@RequestParam(required = false) Long edit, Model model) {
        CurrentUser user = CurrentUser.require();
        List<OrgUnit> units = orgUnits.visibleTo(user);
        model.addAttribute("units", units);
        model.addAttribute("kinds", OrgUnitKind.values());
        if (edit != null) {
            model.addAttribute("editing", orgUnits.get(edit, user));
        }
        return "org/units";
    }

    @PostMapping("/org-units")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@RequestParam(required = false) Long parentId, @RequestParam String name,
                  @RequestParam(required = false) String shortName, @RequestParam OrgUnitKind kind,
                  @RequestParam(defaultValue = "0") int seq, RedirectAttributes redirect) {
        requireName(name);
        OrgUnit unit = orgUnits.create(new OrgUnits.Draft(parentId, name, shortName, kind, seq));
        redirect.addFlashAttribute("successMessage", messages.get("org.created", unit.getName()));
        return "redirect:/org-units";
    }

    @PostMapping("/org-units/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String update(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long parentId,
                  @RequestParam String name, @RequestParam(required = false) String shortName,
                  @RequestParam OrgUnitKind kind, @RequestParam(defaultValue = "0") int seq,
                  RedirectAttributes redirect) {
        requireName(name);
        OrgUnit unit = orgUnits.update(id, version, new OrgUnits.Draft(parentId, name, shortName, kind, seq));
        redirect.addFlashAttribute("successMessage", messages.get("org.updated", unit.getName()));
        return "redirect:/org-units";
    }

    @PostMapping("/org-units/{id}/delete")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        orgUnits.delete(id, version);
        redirect.addFlashAttribute("successMessage", messages.get("org.deleted"));
        return "redirect:/org-units";
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw BusinessException.rule("org.rule.name");
        }
    }
}
