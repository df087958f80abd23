package rectify.evidence.api;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.evidence.Attachment;
import rectify.evidence.Evidence;
import rectify.org.BusinessRoles;
import rectify.shared.web.Messages;

/** Voiding a file filed by mistake, with a reason: from the problem page, and through the API. */
@Controller
@BusinessRoles
class AttachmentVoids {

    private final Evidence evidence;
    private final Messages messages;

    AttachmentVoids(Evidence evidence, Messages messages) {
        this.evidence = evidence;
        this.messages = messages;
    }

    record VoidRequest(String reason) {
    }

    @PostMapping("/api/v1/attachments/{id}/void")
    @ResponseBody
    ResponseEntity<Map<String, Object>> voidFile(@PathVariable long id, @RequestBody VoidRequest request) {
        Attachment voided = evidence.voidAttachment(id, request.reason());
        return ResponseEntity.ok(Map.of("id", voided.getId(), "fileName", voided.getFileName(), "voided", true,
                "reason", voided.getVoidReason()));
    }

    @PostMapping("/attachments/{id}/void")
    String voidFromPage(@PathVariable long id, @RequestParam(required = false) String reason,
                        RedirectAttributes redirect) {
        Attachment voided = evidence.voidAttachment(id, reason);
        redirect.addFlashAttribute("successMessage", messages.get("evidence.voided"));
        return "redirect:" + (voided.getProblemId() == null ? "/" : "/problems/" + voided.getProblemId() + "#progress");
    }
}
