package rectify.supervision;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import rectify.lifecycle.LifecycleEvents;
import rectify.org.Accounts;
import rectify.org.OrgUnit;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.org.UserAccount;

/**
 * The next reviewer hears of a decision waiting for them at once — a plan to review, a closure request that reached
 * their level, a deadline extension asked for — and whoever asked for an extension hears the answer, in the inbox
 * and by e-mail, not at tomorrow's digest. Runs after the transition is committed, in
 * its own transaction; the event publication registry retries it if it fails.
 */
@Component
class ReviewNotices {

    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final Notices notices;
    private final MessageSource messages;

    ReviewNotices(Accounts accounts, OrgUnits orgUnits, Notices notices, MessageSource messages) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.notices = notices;
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

    @ApplicationModuleListener
    void on(LifecycleEvents.ExtensionRequested requested) {
        tell(Role.INSPECTION_OFFICE, requested.unitId(), requested.problemId(), "review.notice.extension",
                requested.title(), rectify.shared.web.Formats.chineseDate(requested.newDeadline()));
    }

    @ApplicationModuleListener
    void on(LifecycleEvents.DeadlineExtended extended) {
        tellRequester(extended.requestedBy(), extended.unitId(), extended.problemId(), "review.notice.extended",
                extended.title(), rectify.shared.web.Formats.chineseDate(extended.newDeadline()));
    }

    @ApplicationModuleListener
    void on(LifecycleEvents.ExtensionRefused refused) {
        tellRequester(refused.requestedBy(), refused.unitId(), refused.problemId(), "review.notice.extensionRefused",
                refused.title(), refused.comment());
    }

    private void tell(Role role, long unitId, long problemId, String key, String title, Object... more) {
        OrgUnit unit = orgUnits.find(unitId).orElse(null);
        if (role == null || unit == null) {
            return;
        }
        send(accounts.holdersCovering(role, unit), unit, problemId, key, title, more);
    }

    private void tellRequester(long requestedBy, long unitId, long problemId, String key, String title,
                               Object... more) {
        orgUnits.find(unitId).ifPresent(unit -> send(List.of(accounts.get(requestedBy)), unit, problemId, key,
                title, more));
    }

    private void send(List<UserAccount> people, OrgUnit unit, long problemId, String key, String title,
                      Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = unit.displayName();
        args[1] = title;
        System.arraycopy(more, 0, args, 2, more.length);
        String subject = messages.getMessage(key, args, java.util.Locale.SIMPLIFIED_CHINESE);
        String body = messages.getMessage(key + ".body", args, java.util.Locale.SIMPLIFIED_CHINESE);
        notices.tell(people, Notification.Kind.REVIEW, subject, body, "/problems/" + problemId);
    }
}
