package rectify.supervision;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import rectify.org.Accounts;
import rectify.org.OrgUnits;
import rectify.org.Role;
import rectify.selfcheck.SelfCheckIssued;
import rectify.shared.web.Formats;

/**
 * The coordinators of each unit asked to check itself hear of it at once, in the inbox and by e-mail. Runs after the
 * self-check is committed; the event publication registry retries it if it fails.
 */
@Component
class SelfCheckNotices {

    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final Notices notices;
    private final MessageSource messages;

    SelfCheckNotices(Accounts accounts, OrgUnits orgUnits, Notices notices, MessageSource messages) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.notices = notices;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(SelfCheckIssued issued) {
        String title = messages.getMessage("selfCheck.notice", new Object[] {issued.sourceTitle(),
                Formats.chineseDate(issued.replyBy())}, Locale.SIMPLIFIED_CHINESE);
        for (long unitId : issued.unitIds()) {
            orgUnits.find(unitId).ifPresent(unit -> notices.tell(accounts.membersOf(unit).stream()
                            .filter(p -> p.getRoles().contains(Role.UNIT_COORDINATOR)).toList(),
                    Notification.Kind.SELF_CHECK, title, issued.content(), "/self-checks/" + issued.selfCheckId()));
        }
    }
}
