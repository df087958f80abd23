package rectify.supervision;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import rectify.closure.LifecycleEvents;
import rectify.org.Accounts;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.org.UserAccount;

/**
 * The next reviewer hears of a decision waiting for them at once — a plan to review, a closure request that reached
 * their level — in the inbox and by e-mail, not at tomorrow's digest. Runs after the transition is committed, in
 * its own transaction; the event publication registry retries it if it fails.
 */
@Component
class ReviewNotices {

    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final Notifications notifications;
    private final Deliveries deliveries;
    private final MessageSource messages;

    ReviewNotices(Accounts accounts, OrgUnits orgUnits, Notifications notifications, Deliveries deliveries,
                  MessageSource messages) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(LifecycleEvents.PlanSubmitted submitted) {
        if (submitted.reviewRequired()) {
            tell(Role.INSPECTION_OFFICE, submitted.unitId(), submitted.problemId(), "review.notice.plan", submitted.title());
        }
    }

    @ApplicationModuleListener
    void on(LifecycleEvents.ClosureRequested requested) {
        tell(requested.levelRole(), requested.unitId(), requested.problemId(), "review.notice.closure", requested.title());
    }

    @ApplicationModuleListener
    void on(LifecycleEvents.ClosureDecided decided) {
        if (decided.nextLevelRole() != null) {
            tell(decided.nextLevelRole(), decided.unitId(), decided.problemId(), "review.notice.closure", decided.title());
        }
    }

    private void tell(Role role, long unitId, long problemId, String key, String title) {
        OrgUnit unit = orgUnits.find(unitId).orElse(null);
        if (role == null || unit == null) {
            return;
        }
        String subject = messages.getMessage(key, new Object[] {unit.displayName(), title}, java.util.Locale.SIMPLIFIED_CHINESE);
        String body = messages.getMessage(key + ".body", new Object[] {unit.displayName(), title},
                java.util.Locale.SIMPLIFIED_CHINESE);
        boolean mailed = false;
        for (UserAccount reviewer : accounts.holdersCovering(role, unit)) {
            long notification = notifications.add(reviewer.getId(), Notification.Kind.REVIEW, subject, body,
                    "/problems/" + problemId, null, List.of());
            mailed |= deliveries.mailTo(notification, reviewer, subject, () -> body);
        }
        if (mailed) {
            deliveries.sendSoon();
        }
    }
}
