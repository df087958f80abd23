package rectify.lifecycle.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.lifecycle.ExtensionRequest;
import rectify.lifecycle.Extensions;
import rectify.lifecycle.Lifecycle;
import rectify.lifecycle.Reviews;
import rectify.org.BusinessRoles;
import rectify.org.CurrentUser;
import rectify.evidence.Uploads;
import rectify.shared.web.Messages;

/** The lifecycle in the pages: the buttons on a problem's page, extension requests, and the reviewer's inbox. */
@Controller
@BusinessRoles
class LifecyclePageController {

    private final Lifecycle lifecycle;
    private final Extensions extensions;
    private final Reviews reviews;
    private final Messages messages;
    private final int listedPerKind;

    LifecyclePageController(Lifecycle lifecycle, Extensions extensions, Reviews reviews, Messages messages,
                            @org.springframework.beans.factory.annotation.Value("${rectify.reviews.listed-per-kind:200}")
                            int listedPerKind) {
        this.listedPerKind = listedPerKind;
        this.lifecycle = lifecycle;
        this.extensions = extensions;
        this.reviews = reviews;
        this.messages = messages;
    }

    @PostMapping("/problems/{id}/transitions")
    String transition(@PathVariable long id, Lifecycle.Request request,
                      @RequestParam(name = "files", required = false) List<MultipartFile> files,
                      RedirectAttributes redirect) {
        lifecycle.apply(id, request, Uploads.of(files));
        redirect.addFlashAttribute("successMessage", messages.get("lifecycle.done." + request.action().name()));
        return "redirect:/problems/" + id + "#lifecycle";
    }

    @PostMapping("/problems/{id}/extension-requests")
    String requestExtension(@PathVariable long id,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDeadline,
                            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        extensions.request(id, newDeadline, reason);
        redirect.addFlashAttribute("successMessage", messages.get("extension.requested"));
        return "redirect:/problems/" + id + "#lifecycle";
    }

    @PostMapping("/extension-requests/{id}/decision")
    String decideExtension(@PathVariable long id, @RequestParam boolean approve,
                           @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        ExtensionRequest decided = extensions.decide(id, approve, comment);
        redirect.addFlashAttribute("successMessage", messages.get(approve ? "extension.approved" : "extension.rejected"));
        return "redirect:/problems/" + decided.getProblemId() + "#lifecycle";
    }

    @PostMapping("/inspections/{id}/plan-submissions")
    String submitAllPlans(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcomes", reviews.submitAllPlans(id));
        return "redirect:/inspections/" + id;
    }

    @GetMapping("/reviews")
    String inbox(Model model) {
        listInbox(model);
        model.addAttribute("mayBatch", Reviews.mayApproveInBatch(CurrentUser.require()));
        return "lifecycle/reviews";
    }

    @PostMapping("/reviews/approvals")
    String approveAll(@RequestParam(name = "items", required = false) List<String> items, Model model) {
        model.addAttribute("outcomes", reviews.approveAll(items));
        listInbox(model);
        model.addAttribute("mayBatch", true);
        return "lifecycle/reviews";
    }

    /** A kind of which more wait than the page lists. */
    record More(Reviews.Kind kind, long waiting, long listed) {
    }

    /**
     * The inbox as a page shows the first items of each kind and how many wait in all: a province's office
     * can have tens of thousands of plans waiting at the start of a round (a page of 36 MB before).
     */
    private void listInbox(Model model) {
        List<Reviews.Item> items = reviews.callersInbox(listedPerKind);
        java.util.Map<Reviews.Kind, Long> listed = new java.util.EnumMap<>(Reviews.Kind.class);
        items.forEach(i -> listed.merge(i.kind(), 1L, Long::sum));
        List<More> more = new java.util.ArrayList<>();
        reviews.waiting(CurrentUser.require()).forEach((kind, total) -> {
            long all = total.count();
            long shown = listed.getOrDefault(kind, 0L);
            if (all > shown) {
                more.add(new More(kind, all, shown));
            }
        });
        model.addAttribute("items", items);
        model.addAttribute("more", more);
    }
}
