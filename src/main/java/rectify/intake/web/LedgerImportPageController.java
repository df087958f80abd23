package rectify.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.intake.LedgerImport;
import rectify.inspection.InspectionAccess;
import rectify.org.BusinessRoles;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.shared.BusinessException;
import rectify.shared.web.Messages;

/**
 * Importing a ledger workbook in the pages: the upload is checked first and kept (under a random name, for this user
 * and inspection only) so the same file can then be imported without choosing it again.
 */
@Controller
@BusinessRoles
class LedgerImportPageController {

    private final LedgerImport ledgerImport;
    private final InspectionAccess access;
    private final Messages messages;
    private final Path uploads;

    LedgerImportPageController(LedgerImport ledgerImport, InspectionAccess access, Messages messages,
                               @Value("${rectify.data-dir}") Path dataDir) {
        this.ledgerImport = ledgerImport;
        this.access = access;
        this.messages = messages;
        this.uploads = dataDir.resolve("imports");
    }

    @GetMapping("/inspections/{id}/ledger-import")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("inspection", access.writable(id, Role.INSPECTION_OFFICE));
        return "intake/ledger-import";
    }

    @PostMapping("/inspections/{id}/ledger-import/check")
    String check(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("inspection", access.writable(id, Role.INSPECTION_OFFICE));
        if (file == null || file.isEmpty()) {
            throw BusinessException.rule("import.rule.noFile");
        }
        Files.createDirectories(uploads);
        String token = UUID.randomUUID().toString();
        Path kept = upload(id, token);
        file.transferTo(kept);
        try (InputStream in = Files.newInputStream(kept)) {
            LedgerImport.Result result = ledgerImport.importLedger(id, in, true);
            model.addAttribute("result", result);
            model.addAttribute("fileName", file.getOriginalFilename());
            if (result.errors().isEmpty()) {
                model.addAttribute("token", token);
            } else {
                Files.deleteIfExists(kept);
            }
        } catch (BusinessException e) {
            Files.deleteIfExists(kept);
            throw e;
        }
        return "intake/ledger-import";
    }

    @PostMapping("/inspections/{id}/ledger-import")
    String importChecked(@PathVariable long id, @RequestParam String token, RedirectAttributes redirect)
            throws IOException {
        access.writable(id, Role.INSPECTION_OFFICE);
        if (!token.matches("[0-9a-f-]{36}")) {
            throw BusinessException.notFound();
        }
        Path kept = upload(id, token);
        if (!Files.exists(kept)) {
            throw BusinessException.conflict("import.rule.expired");
        }
        LedgerImport.Result result;
        try (InputStream in = Files.newInputStream(kept)) {
            result = ledgerImport.importLedger(id, in, false);
        }
        Files.deleteIfExists(kept);
        if (!result.saved()) {
            throw BusinessException.conflict("import.rule.changedSinceCheck");
        }
        redirect.addFlashAttribute("successMessage", messages.get("import.done", result.problems(), result.measures()));
        return "redirect:/inspections/" + id;
    }

    /** Only the user who uploaded, for the inspection it was uploaded to, can find the file again. */
    private Path upload(long inspectionId, String token) {
        return uploads.resolve(CurrentUser.require().id() + "-" + inspectionId + "-" + token + ".xlsx");
    }
}
