package rectify.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import rectify.lifecycle.Reviews;
import rectify.inspection.InspectionAccess;
import rectify.inspection.ProblemStatus;
import rectify.inspection.WarningLevel;
import rectify.org.CurrentUser;
import rectify.org.Role;
import rectify.rectification.Ledger;
import rectify.rectification.LedgerQuery;
import rectify.rectification.LedgerTotals;
import rectify.supervision.SupervisionOrder;
import rectify.supervision.SupervisionOrders;

/**
 * What waits for the person signed in (工作台): plans, closures and extensions to decide, problems still without a
 * plan, supervision orders to answer, problems about to fall due and overdue — each a count and the address of the
 * list that shows exactly those.
 */
@Service
public class Workbench {

    /**
     * One thing waiting: its key (for the words), how many (exact, or above ten thousand counted within the last
     * minute), and the list that shows them.
     */
    public record Item(String key, long count, boolean exact, String link) {

        Item(String key, LedgerTotals.Total total, String link) {
            this(key, total.count(), total.exact(), link);
        }

        Item(String key, long count, String link) {
            this(key, count, true, link);
        }
    }

    private final Reviews reviews;
    private final Ledger ledger;
    private final SupervisionOrders orders;

    Workbench(Reviews reviews, Ledger ledger, SupervisionOrders orders) {
        this.reviews = reviews;
        this.ledger = ledger;
        this.orders = orders;
    }

    public List<Item> of(CurrentUser user) {
        List<Item> items = new ArrayList<>();
        if (!user.hasBusinessRole()) {
            return items;
        }
        if (user.hasAny(Role.INSPECTION_OFFICE, Role.UNIT_LEADER)) {
            Map<Reviews.Kind, LedgerTotals.Total> waiting = reviews.waiting(user);
            if (user.has(Role.INSPECTION_OFFICE)) {
                items.add(new Item("plansToReview", waiting.get(Reviews.Kind.PLAN), "/reviews"));
                items.add(new Item("extensionsToDecide", waiting.get(Reviews.Kind.EXTENSION), "/reviews"));
            }
            items.add(new Item("closuresToReview", waiting.get(Reviews.Kind.CLOSURE), "/reviews"));
        }
        if (user.hasAny(InspectionAccess.PLANNERS)) {
            items.add(new Item("withoutPlan", ledger.count(LedgerQuery.all().withStatus(ProblemStatus.PLANNING)),
                    "/ledger?status=PLANNING"));
        }
        if (!user.has(Role.INSPECTION_OFFICE) && user.hasAny(Role.UNIT_COORDINATOR, Role.UNIT_LEADER)) {
            long unanswered = orders.find(SupervisionOrder.Status.ISSUED, null, 0, 1).totalElements();
            items.add(new Item("ordersToAnswer", unanswered, "/supervision-orders?status=ISSUED"));
        }
        // the responsible person's own problems; everyone else's whole scope
        boolean own = !user.hasAny(Role.INSPECTION_OFFICE, Role.UNIT_COORDINATOR, Role.UNIT_LEADER, Role.OVERSIGHT);
        Long me = own ? user.id() : null;
        String mine = own ? "responsibleUserId=" + user.id() + "&" : "";
        for (WarningLevel level : List.of(WarningLevel.WARN, WarningLevel.OVERDUE)) {
            LedgerQuery query = new LedgerQuery(null, null, null, level, null, me, null, LedgerQuery.Sort.WARNING, false);
            items.add(new Item(level == WarningLevel.WARN ? "dueSoon" : "overdue",
                    ledger.count(query), "/ledger?" + mine + "warning=" + level + "&sort=WARNING"));
        }
        return items;
    }
}
