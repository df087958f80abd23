package rectify.intake.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import rectify.intake.LedgerImport;
import rectify.org.BusinessRoles;
import rectify.shared.BusinessException;

/**
 * {@code POST /inspections/{id}/ledger.xlsx?dryRun=}: the workbook as the raw body or as a multipart {@code file}.
 * Any bad row: 422 with every error, nothing saved.
 */
@RestController
@BusinessRoles
class LedgerImportApi {

    private final LedgerImport ledgerImport;

    LedgerImportApi(LedgerImport ledgerImport) {
        this.ledgerImport = ledgerImport;
    }

    @PostMapping("/api/v1/inspections/{id}/ledger.xlsx")
    ResponseEntity<LedgerImport.Result> importLedger(@PathVariable long id,
                                                     @RequestParam(defaultValue = "true") boolean dryRun,
                                                     @RequestParam(required = false) MultipartFile file,
                                                     HttpServletRequest request) throws IOException {
        try (InputStream content = file != null ? file.getInputStream() : request.getInputStream()) {
            if (content == null) {
                throw BusinessException.badRequest("import.rule.noFile");
            }
            LedgerImport.Result result = ledgerImport.importLedger(id, content, dryRun);
            HttpStatus status = !result.errors().isEmpty() ? HttpStatus.UNPROCESSABLE_CONTENT
                    : result.saved() ? HttpStatus.CREATED : HttpStatus.OK;
            return ResponseEntity.status(status).body(result);
        }
    }
}
