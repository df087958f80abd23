package rectify.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import rectify.audit.AuditLog;

/** The audit log page: search by person, action, object, dates and text. */
@Controller
class AuditPageController {

    private final AuditLog auditLog;
    private final rectify.audit.AuditChain chain;
    private final rectify.audit.ReadableHistory readable;
    private final AuditWorkbook workbook;

    AuditPageController(AuditLog auditLog, rectify.audit.AuditChain chain, rectify.audit.ReadableHistory readable,
                        AuditWorkbook workbook) {
        this.auditLog = auditLog;
        this.chain = chain;
        this.readable = readable;
        this.workbook = workbook;
    }

    /** The objects the log names, chosen by their Chinese names (history.entity.*) rather than typed. */
    private static final java.util.List<String> ENTITY_TYPES = java.util.List.of("Problem", "Measure", "ProgressReport", "LookBack", "LookBackItem",
            "Attachment", "ClosureRequest", "ExtensionRequest", "SupervisionOrder", "Outcome", "Inspection",
            "InspectionRound", "FeedbackCategory", "ReportSettings", "ReportSection", "User", "OrgUnit", "AccessToken",
            "Webhook", "ReminderRun", "Ledger", "AuditEvent");

    @GetMapping("/audit")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    String search(@RequestParam(required = false) String actor,
                  @RequestParam(required = false) String action,
                  @RequestParam(required = false) String entityType,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int page,
                  Model model) {
        AuditLog.Query query = new AuditLog.Query(actor, action, entityType, null, from, to, q);
        model.addAttribute("query", query);
        var events = auditLog.search(query, page, 50);
        model.addAttribute("events", events);
        model.addAttribute("readable", readable.of(events.content()));
        model.addAttribute("actions", new String[] {"CREATE", "UPDATE", "DELETE", AuditLog.SIGN_IN,
                AuditLog.SIGN_IN_FAILED, AuditLog.SIGN_OUT, AuditLog.READ});
        model.addAttribute("showContent", auditLog.showsContent());
        model.addAttribute("entityTypes", ENTITY_TYPES);
        return "audit/search";
    }

    /** The events the search finds, as a workbook (up to {@link AuditWorkbook#MAX_ROWS}); the export is audited. */
    @GetMapping("/audit.xlsx")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    org.springframework.http.ResponseEntity<byte[]> export(
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q) {
        AuditLog.Query query = new AuditLog.Query(actor, action, entityType, null, from, to, q);
        byte[] file = workbook.of(auditLog.search(query, 0, AuditWorkbook.MAX_ROWS).content());
        String name = java.net.URLEncoder.encode("审计日志.xlsx", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(file);
    }

    @org.springframework.web.bind.annotation.PostMapping("/audit/verification")
    @PreAuthorize("hasRole('AUDIT_ADMIN')")
    String verify(Model model) {
        model.addAttribute("verification", auditLog.verifyChain());
        return search(null, null, null, null, null, null, 0, model);
    }
}
