package rectify.rectification.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import rectify.inspection.Inspection;
import rectify.inspection.Inspections;
import rectify.inspection.ProblemStatus;
import rectify.inspection.WarningLevel;
import rectify.inspection.WarningPolicy;
import rectify.org.Accounts;
import rectify.org.BusinessRoles;
import rectify.org.CurrentUser;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.org.UserAccount;
import rectify.rectification.Ledger;
import rectify.rectification.LedgerQuery;
import rectify.rectification.LedgerRow;
import rectify.rectification.Tasks;
import rectify.shared.BusinessException;
import rectify.shared.PageResult;
import rectify.shared.web.Formats;
import rectify.shared.web.Messages;

/** The ledger page (filters, order, paging, warning colours) and a person's own tasks. */
@Controller
@BusinessRoles
class LedgerPageController {

    private final Ledger ledger;
    private final Tasks tasks;
    private final Inspections inspections;
    private final OrgUnits orgUnits;
    private final Accounts accounts;
    private final WarningPolicy policy;
    private final Messages messages;
    private final Formats formats;
    private final int listChoicesUpTo;

    LedgerPageController(Ledger ledger, Tasks tasks, Inspections inspections, OrgUnits orgUnits, Accounts accounts,
                         WarningPolicy policy, Messages messages, Formats formats,
                         @Value("${rectify.ledger.list-choices-up-to}") int listChoicesUpTo) {
        this.ledger = ledger;
        this.tasks = tasks;
        this.inspections = inspections;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.policy = policy;
        this.messages = messages;
        this.formats = formats;
        this.listChoicesUpTo = listChoicesUpTo;
    }

    /** One read-only transaction for everything the page reads (its rows, counts and filters), not one for each. */
    @GetMapping("/ledger")
    @Transactional(readOnly = true)
    String ledger(@RequestParam(required = false) Long inspectionId,
                  @RequestParam(required = false) Long categoryId,
                  @RequestParam(required = false) ProblemStatus status,
                  @RequestParam(required = false) WarningLevel warning,
                  @RequestParam(required = false) Long responsibleUnitId,
                  @RequestParam(required = false) Long responsibleUserId,
                  @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "SEQ") LedgerQuery.Sort sort,
                  @RequestParam(defaultValue = "false") boolean desc,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "20") int size,
                  @RequestParam(required = false) String after,
                  LedgerQuery.Slice slice,
                  HttpServletRequest request, Model model) {
        LedgerQuery query = new LedgerQuery(inspectionId, categoryId, status, warning, responsibleUnitId,
                responsibleUserId, q, sort, desc, slice);
        PageResult<LedgerRow> rows = ledger.find(query, page, size, after);
        CurrentUser user = CurrentUser.require();
        // a province's four hundred inspections are not read for a filter that is typed, nor counted past the point
        // where the list is too long
        long enough = listChoicesUpTo + 1L;
        List<Inspection> visible = listedIfShort(inspections.countVisible(enough), inspections::visible);
        List<OrgUnit> units = listedIfShort(orgUnits.countVisibleTo(user, enough), () -> orgUnits.visibleTo(user));
        // the unit at the top is read only when its people are listed or one of them is chosen, not on every view
        Supplier<Optional<OrgUnit>> top = SingletonSupplier.of(
                () -> units != null ? units.stream().findFirst() : orgUnits.topVisibleTo(user));
        long peopleCount = accounts.countMembersAtTopOf(user, enough);
        List<UserAccount> people = peopleCount == 0 ? List.of()
                : listedIfShort(peopleCount, () -> top.get().map(accounts::membersOf).orElse(List.of()));
        model.addAttribute("query", query);
        model.addAttribute("rows", rows);
        model.addAttribute("ledgerRows", new LedgerRowsHtml(messages::get, formats::date,
                request.getContextPath() + "/problems/", user.has(Role.INSPECTION_OFFICE), inspectionId == null)
                .write(rows.content()));
        model.addAttribute("counts", ledger.countByStatus(query));
        model.addAttribute("categories", inspectionId == null ? List.of() : inspections.categoriesOf(inspectionId));
        // a jurisdiction's hundreds of inspections, units and people are typed and looked up, not read and listed
        // on every view; only the chosen one is read, for its name
        model.addAttribute("inspections", visible);
        model.addAttribute("inspectionChosen", inspectionId == null ? "" : visible != null
                ? chosen(Choice.ofInspections(visible), inspectionId) : inspections.get(inspectionId).getTitle());
        model.addAttribute("units", units);
        model.addAttribute("unitRoot", units == null || units.isEmpty() ? null : units.get(0));
        model.addAttribute("unitChosen", responsibleUnitId == null ? "" : units != null
                ? chosen(Choice.ofUnits(units), responsibleUnitId) : orgUnits.get(responsibleUnitId, user).getName());
        model.addAttribute("people", people);
        model.addAttribute("personChosen", responsibleUserId == null ? "" : people != null
                ? chosen(Choice.ofPeople(people), responsibleUserId)
                : top.get().flatMap(unit -> accounts.memberOf(unit, responsibleUserId))
                        .map(UserAccount::getDisplayName).orElse(""));
        model.addAttribute("statuses", ProblemStatus.values());
        model.addAttribute("warnings", WarningLevel.values());
        model.addAttribute("sorts", LedgerQuery.Sort.values());
        model.addAttribute("size", size);
        model.addAttribute("policy", policy);
        return "rectification/ledger";
    }

    @GetMapping("/my-tasks")
    String myTasks(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("tasks", tasks.of(user));
        model.addAttribute("problems", ledger.find(new LedgerQuery(null, null, null, null, null, user.id(), null,
                LedgerQuery.Sort.WARNING, false), 0, 100));
        return "rectification/my-tasks";
    }

    /**
     * The choices of a filter whose list is too long to show, that contain what was typed (at most
     * {@value Choice#AT_MOST}): {@code kind} is inspections, units or people, each within the caller's scope.
     */
    @GetMapping(value = "/ledger/choices/{kind}", produces = "application/json")
    @ResponseBody
    List<Choice> choices(@PathVariable String kind,
                         @RequestParam(defaultValue = "") String q) {
        List<Choice> all = switch (kind) {
            case "inspections" -> Choice.ofInspections(inspections.visible());
            case "units" -> Choice.ofUnits(orgUnits.visibleTo(CurrentUser.require()));
            case "people" -> Choice.ofPeople(orgUnits.topVisibleTo(CurrentUser.require()).map(accounts::membersOf)
                    .orElse(List.of()));
            default -> throw BusinessException.notFound();
        };
        return Choice.matching(all, q);
    }

    /** The choices themselves when there are few enough to list; null when the filter is typed instead. */
    private <T> List<T> listedIfShort(long count, Supplier<List<T>> all) {
        return count <= listChoicesUpTo ? all.get() : null;
    }

    /** What a typed filter shows as chosen: the label of the chosen id, or empty. */
    private static String chosen(List<Choice> all, long id) {
        return all.stream().filter(c -> c.id() == id).map(Choice::label).findFirst().orElse("");
    }
}
