package rectify.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import rectify.shared.web.HtmxFragment;
import rectify.inspection.InspectionAccess;
import rectify.org.BusinessRoles;
import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnitKind;
import rectify.org.OrgUnits;
import rectify.rectification.Ledger;
import rectify.rectification.LedgerQuery;
import rectify.shared.web.Messages;
import rectify.supervision.SupervisionOrder;
import rectify.supervision.SupervisionOrders;

/** 督办单 pages: the list, issuing one (the office), an order with its answer form (the unit). */
@Controller
@BusinessRoles
class SupervisionOrderPageController {

    private final SupervisionOrders orders;
    private final OrgUnits orgUnits;
    private final Ledger ledger;
    private final Messages messages;
    private final Clock clock;
    private final InspectionAccess access;

    SupervisionOrderPageController(SupervisionOrders orders, OrgUnits orgUnits, Ledger ledger, Messages messages,
                                   Clock clock, InspectionAccess access) {
        this.access = access;
        this.orders = orders;
        this.orgUnits = orgUnits;
        this.ledger = ledger;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/supervision-orders")
    String list(@RequestParam(required = false) SupervisionOrder.Status status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("orders", orders.find(status, null, page, 20));
        model.addAttribute("status", status);
        model.addAttribute("mayIssue", orders.callerMayIssue());
        return "supervision/orders";
    }

    @GetMapping("/supervision-orders/new")
    String newOrder(@RequestParam(required = false) Long unitId, @RequestParam(required = false) List<Long> problemIds,
                    Model model) {
        if (!orders.callerMayIssue()) {
            throw rectify.shared.BusinessException.forbiddenWith("supervision.rule.officeOnly");
        }
        if (unitId == null && problemIds != null && !problemIds.isEmpty()) {
            unitId = orders.unitOf(problemIds);
        }
        List<OrgUnit> units = orgUnits.visibleTo(CurrentUser.require()).stream()
                .filter(u -> u.getKind() != OrgUnitKind.DEPARTMENT && u.getKind() != OrgUnitKind.COMMITTEE).toList();
        model.addAttribute("units", units);
        model.addAttribute("unitId", unitId);
        model.addAttribute("chosen", problemIds == null ? List.of() : problemIds);
        model.addAttribute("problems", unitId == null ? List.of() : ledger.find(LedgerQuery.all().within(
                new LedgerQuery.Slice(null, unitId, null, true, null, null, null, null)), 0, 500).content());
        model.addAttribute("defaultReplyBy", LocalDate.now(clock).plusDays(7));
        model.addAttribute("urgencies", SupervisionOrder.Urgency.values());
        return "supervision/order-new";
    }

    @PostMapping("/supervision-orders")
    String issue(@RequestParam(required = false) Long unitId,
                 @RequestParam(name = "problemIds", required = false) List<Long> problemIds,
                 @RequestParam(required = false) String content,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyBy,
                 @RequestParam(required = false) SupervisionOrder.Urgency urgency, RedirectAttributes redirect) {
        SupervisionOrder order = orders.issue(new SupervisionOrders.Draft(unitId, problemIds, content, replyBy, urgency));
        redirect.addFlashAttribute("successMessage", messages.get("supervision.issued", order.number()));
        return "redirect:/supervision-orders/" + order.id();
    }

    @GetMapping("/supervision-orders/{id}")
    String show(@PathVariable long id, Model model) {
        SupervisionOrder order = orders.get(id);
        model.addAttribute("order", order);
        model.addAttribute("mayReply", orders.callerMayReply(order));
        return "supervision/order";
    }

    /** The orders about a problem, as a part of the problem's page (htmx loads it after the page). */
    @HtmxFragment(page = "/problems/{id}#problem-orders")
    @GetMapping("/problems/{id}/supervision-orders")
    String aboutProblem(@PathVariable long id, Model model) {
        access.readableProblem(id);
        model.addAttribute("orders", orders.about(id));
        return "supervision/problem-orders :: orders";
    }

    @PostMapping("/supervision-orders/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String content,
                 @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        orders.reply(id, content, version);
        redirect.addFlashAttribute("successMessage", messages.get("supervision.replied"));
        return "redirect:/supervision-orders/" + id;
    }
}
