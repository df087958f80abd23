package rectify.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import rectify.duty.Recurrence;
import rectify.duty.StandingDuties;
import rectify.inspection.Inspection;
import rectify.inspection.Inspections;
import rectify.inspection.Problem;
import rectify.lookback.LookBackItem;
import rectify.lookback.LookBacks;
import rectify.org.Accounts;
import rectify.org.OrgUnits;
import rectify.org.RunAs;
import rectify.org.UserAccount;

/**
 * What followed the seed inspection (profile {@code demo}): the weekly study day and the joint meetings its
 * rectification set up, kept as standing duties for the past year — a few weeks missed, one recorded late — and the
 * office's 回头看 a year after the closure, with its verdicts. Entered after the demo ledger, through the services.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${rectify.command:}' == ''")
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
class DemoFollowUp implements ApplicationRunner {

    /** Weeks of the past year in which the study day did not take place, and the one written up a week late. */
    private static final Set<Integer> MISSED_WEEKS = Set.of(9, 26, 41);
    private static final int LATE_WEEK = 33;
    private static final int MISSED_MONTH = 7;

    private final Inspections inspections;
    private final StandingDuties duties;
    private final LookBacks lookBacks;
    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final RunAs runAs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoFollowUp(Inspections inspections, StandingDuties duties, LookBacks lookBacks, Accounts accounts,
                 OrgUnits orgUnits, RunAs runAs, TransactionTemplate transaction, Clock clock) {
        this.inspections = inspections;
        this.duties = duties;
        this.lookBacks = lookBacks;
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.runAs = runAs;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Inspection seed = runAs.user("xcb.liu", () -> inspections.visible().stream()
                .filter(i -> i.getTitle().equals(DemoLedger.SEED_TITLE)).findFirst().orElse(null));
        if (seed == null) {
            return;
        }
        List<Problem> problems = runAs.user("xcb.liu", () -> inspections.problemsOf(seed.getId()));
        boolean entered = runAs.user("xcb.liu", () -> !duties.ofProblem(problems.get(1).getId()).isEmpty());
        if (entered) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            enterDuties(problems);
            enterLookBack(seed, problems);
        });
    }

    private void enterDuties(List<Problem> problems) {
        LocalDate today = LocalDate.now(clock);
        var kexie = orgUnits.visibleTo(runAs.user("xcb.liu", () -> rectify.org.CurrentUser.require())).stream()
                .filter(u -> u.getName().equals("石龙区科学技术协会")).findFirst().orElseThrow();
        java.util.Map<String, Long> people = new java.util.HashMap<>();
        for (UserAccount person : accounts.membersOf(kexie)) {
            people.put(person.getUsername(), person.getId());
        }
        LocalDate firstTuesday = today.minusWeeks(52).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        runAs.user("kx.li", () -> {
            // problem 2: "将每周二定为集中学习日"
            long study = duties.setUp(problems.get(1).getId(), new StandingDuties.Draft("每周二集中学习",
                    Recurrence.WEEKLY, people.get("kx.li"), firstTuesday, null)).id();
            for (int week = 0; !firstTuesday.plusWeeks(week).isAfter(today.minusDays(1)); week++) {
                if (MISSED_WEEKS.contains(week)) {
                    continue;
                }
                LocalDate held = firstTuesday.plusWeeks(week);
                duties.enterRecorded(study, held, "集中学习，" + (week % 2 == 0 ? "学习习近平总书记关于科学普及的重要论述"
                        : "学习党纪学习教育有关内容") + "，党员干部轮流谈体会", week == LATE_WEEK ? held.plusDays(8) : held);
            }
            // problem 4: "建立联席会议制度，定期组织召开工作推进会"
            LocalDate firstMonth = today.minusMonths(12).withDayOfMonth(1);
            long meetings = duties.setUp(problems.get(3).getId(), new StandingDuties.Draft("每月召开科协联席会议",
                    Recurrence.MONTHLY, people.get("kx.zhou"), firstMonth, null)).id();
            for (int month = 0; firstMonth.plusMonths(month).withDayOfMonth(15).isBefore(today); month++) {
                if (month == MISSED_MONTH) {
                    continue;
                }
                LocalDate held = firstMonth.plusMonths(month).withDayOfMonth(15);
                duties.enterRecorded(meetings, held, "召开联席会议，通报各成员单位科普工作推进情况", held);
            }
        });
    }

    /** A year after the closure the office looks back: the rectification held for all but one, found on paper only. */
    private void enterLookBack(Inspection seed, List<Problem> problems) {
        runAs.user("xcb.liu", () -> {
            Inspection lookBack = lookBacks.schedule(new LookBacks.Draft(seed.getId(), null, "区委第二巡察组",
                    LocalDate.of(2023, 12, 4), LocalDate.of(2023, 12, 15)));
            for (LookBackItem item : lookBacks.itemsOf(lookBack.getId())) {
                boolean paperOnly = item.problemId() == problems.get(6).getId();
                lookBacks.decide(item.id(), paperOnly ? LookBackItem.Verdict.PAPER_ONLY : LookBackItem.Verdict.HELD,
                        paperOnly ? "制度已印发，但科普场馆安全检查记录仍停留在纸面，未见实际检查台账" : null,
                        item.version());
            }
        });
    }
}
