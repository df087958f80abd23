package rectify.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import rectify.lifecycle.Reviews;
import rectify.inspection.WarningLevel;
import rectify.inspection.WarningPolicy;
import rectify.org.Accounts;
import rectify.org.DataScope;
import rectify.org.OrgUnits;
import rectify.org.UserAccount;
import rectify.shared.EntityChanged;
import rectify.shared.web.Formats;

/**
 * The daily reminder run. Each person gets one digest (in-app, and by e-mail when they have an address) listing the
 * items that entered REMIND, WARN or OVERDUE since they were last told, escalated as {@link Recipients} says, and
 * what waits for their review; each unit's group robots get the unit's items. A day is claimed in the database
 * before anything is written, so with several nodes (or a second press of "run now") a day runs once; a run that
 * fails gives its claim back; one that died (a node killed mid-run) leaves a claim that the watchdog takes over the
 * same day, ten minutes later, with an error in the log and the {@code rectify.reminders.stale.runs} counter raised.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final Duration STALE_RUN = Duration.ofMinutes(10);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** A digest lists this many items at most, the most pressing first; its title still counts them all. */
    static final int MAX_ITEMS = 200;

    public record Result(LocalDate day, boolean ran, int recipients, int items, int delivered) {
    }

    public record Run(LocalDate day, String status, String triggeredBy, Instant startedAt, Instant finishedAt,
                      int recipients, int items, String note) {
    }

    private static final int MARKS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final DueItems dueItems;
    private final Notifications notifications;
    private final Deliveries deliveries;
    private final Webhooks webhooks;
    private final Reviews reviews;
    private final Accounts accounts;
    private final DataScope dataScope;
    private final OrgUnits orgUnits;
    private final WarningPolicy policy;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String baseUrl;
    private final TransactionTemplate own;
    private final String cron;
    private final io.micrometer.core.instrument.Counter finishedRuns;
    private final io.micrometer.core.instrument.Counter staleRuns;

    Reminders(JdbcClient jdbc, DueItems dueItems, Notifications notifications, Deliveries deliveries,
              Webhooks webhooks, Reviews reviews, Accounts accounts, DataScope dataScope,
              OrgUnits orgUnits, WarningPolicy policy, MessageSource messages, Clock clock,
              ApplicationEventPublisher events, @Value("${rectify.base-url:http://localhost:8080}") String baseUrl,
              PlatformTransactionManager transactions, @Value("${rectify.reminders.cron:0 0 8 * * *}") String cron,
              io.micrometer.core.instrument.MeterRegistry meters, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.batch = batch;
        this.cron = cron;
        this.finishedRuns = meters.counter("rectify.reminders.runs", "outcome", "finished");
        this.staleRuns = meters.counter("rectify.reminders.stale.runs");
        this.events = events;
        this.jdbc = jdbc;
        this.dueItems = dueItems;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.reviews = reviews;
        this.accounts = accounts;
        this.dataScope = dataScope;
        this.orgUnits = orgUnits;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(cron = "${rectify.reminders.cron:0 0 8 * * *}", zone = "${rectify.time-zone:Asia/Shanghai}")
    void scheduled() {
        Result result = runToday("scheduler");
        log.info("Reminder run for {}: {}", result.day(), result.ran()
                ? result.recipients() + " digests, " + result.items() + " items" : "already done");
    }

    /** Every few minutes: today's run left unfinished by a node that died is taken over and finished. */
    @Scheduled(fixedDelayString = "${rectify.reminders.watch-every:PT5M}", initialDelayString = "PT1M")
    void watch() {
        if (!"-".equals(cron)) {
            recoverStaleRun();
        }
    }

    /** Takes over today's run when it was claimed and never finished; answers the result, or null when none was stale. */
    public Result recoverStaleRun() {
        LocalDate day = LocalDate.now(clock);
        boolean stale = jdbc.sql("""
                        select count(*) from reminder_run
                        where run_day = :day and status = 'RUNNING' and started_at < :stale""")
                .param("day", day).param("stale", Timestamp.from(clock.instant().minus(STALE_RUN)))
                .query(Long.class).single() > 0;
        if (!stale) {
            return null;
        }
        staleRuns.increment();
        log.error("The reminder run of {} was started but never finished (a node stopped during it); taking it over.",
                day);
        return runToday("recovery");
    }

    /** Runs today's reminders unless this or another node already has; running again the same day sends nothing. */
    public Result runToday(String triggeredBy) {
        LocalDate day = LocalDate.now(clock);
        if (!claim(day, triggeredBy)) {
            return new Result(day, false, 0, 0, 0);
        }
        int[] counts;
        try {
            counts = own.execute(status -> compose(day));
        } catch (RuntimeException e) {
            jdbc.sql("delete from reminder_run where run_day = :day").param("day", day).update();
            throw e;
        }
        jdbc.sql("""
                        update reminder_run set status = 'DONE', finished_at = :now, recipients = :recipients,
                          items = :items where run_day = :day""")
                .param("now", Timestamp.from(clock.instant())).param("recipients", counts[0])
                .param("items", counts[1]).param("day", day).update();
        int delivered = deliveries.sendDue();
        finishedRuns.increment();
        return new Result(day, true, counts[0], counts[1], delivered);
    }

    public List<Run> recentRuns(int limit) {
        return jdbc.sql("select * from reminder_run order by run_day desc limit :limit").param("limit", limit)
                .query((rs, n) -> new Run(rs.getObject("run_day", LocalDate.class), rs.getString("status"),
                        rs.getString("trigger_by"), Notifications.instant(rs, "started_at"),
                        Notifications.instant(rs, "finished_at"), rs.getInt("recipients"), rs.getInt("items"),
                        rs.getString("note")))
                .list();
    }

    private boolean claim(LocalDate day, String triggeredBy) {
        Timestamp now = Timestamp.from(clock.instant());
        try {
            own.executeWithoutResult(status -> {
                jdbc.sql("""
                                insert into reminder_run (run_day, status, trigger_by, started_at)
                                values (:day, 'RUNNING', :trigger, :now)""")
                        .param("day", day).param("trigger", triggeredBy).param("now", now).update();
                events.publishEvent(EntityChanged.created("ReminderRun", day, "整改提醒 " + day,
                        Map.of("trigger", triggeredBy)));
            });
            return true;
        } catch (DataIntegrityViolationException alreadyClaimed) {
            return own.execute(status -> jdbc.sql("""
                            update reminder_run set trigger_by = :trigger, started_at = :now
                            where run_day = :day and status = 'RUNNING' and started_at < :stale""")
                    .param("trigger", triggeredBy).param("now", now).param("day", day)
                    .param("stale", Timestamp.from(clock.instant().minus(STALE_RUN))).update()) == 1;
        } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
            return false;
        }
    }

    /** Works out and writes the day's digests; answers {recipients, items}. */
    private int[] compose(LocalDate day) {
        List<DueItem> due = dueItems.dueBy(day.plusDays(policy.remindDays()));
        Recipients recipients = new Recipients(jdbc, accounts, dataScope, orgUnits,
                due.stream().map(DueItem::unitId).distinct().toList());
        Map<Long, List<Notification.Item>> digests = new LinkedHashMap<>();
        List<Entered> entered = entering(due, day);
        for (Entered e : entered) {
            Notification.Item item = new Notification.Item(Notification.Section.valueOf(e.level().name()),
                    e.item().title(), e.item().unitName(), e.item().due(), e.item().link());
            for (long person : recipients.of(e.item(), e.level())) {
                digests.computeIfAbsent(person, p -> new ArrayList<>()).add(item);
            }
        }
        for (long reviewer : recipients.reviewers()) {
            for (Reviews.Item waiting : reviews.inbox(recipients.principal(reviewer))) {
                digests.computeIfAbsent(reviewer, p -> new ArrayList<>()).add(new Notification.Item(
                        Notification.Section.REVIEW, text("reminder.review." + waiting.kind()) + " " + waiting.seq()
                        + ". " + waiting.title(), waiting.unitName(), null, "/reviews"));
            }
        }
        int items = 0;
        for (Map.Entry<Long, List<Notification.Item>> digest : digests.entrySet()) {
            items += send(digest.getKey(), day, sorted(digest.getValue()), recipients);
        }
        postToRobots(day, entered);
        return new int[] {digests.size(), items};
    }

    private record Entered(DueItem item, WarningLevel level) {
    }

    /**
     * The items whose level, due date or assignees differ from what was last told, with their marks brought up to
     * date; marks of items no longer in a warning level go, so an item that comes back is told again.
     */
    private List<Entered> entering(List<DueItem> due, LocalDate day) {
        record Mark(String level, LocalDate due, String assignees) {
        }
        Map<String, Mark> marks = new HashMap<>();
        jdbc.sql("select * from warning_mark").query((rs, n) -> Map.entry(rs.getString("subject_kind") + ":"
                        + rs.getLong("subject_id"), new Mark(rs.getString("level"), rs.getObject("due_date", LocalDate.class),
                        rs.getString("assignees")))).list()
                .forEach(e -> marks.put(e.getKey(), e.getValue()));
        List<Entered> entered = new ArrayList<>();
        Set<String> current = new HashSet<>();
        List<Object[]> unmarked = new ArrayList<>();
        List<Object[]> marked = new ArrayList<>();
        java.sql.Date today = java.sql.Date.valueOf(day);
        for (DueItem item : due) {
            WarningLevel level = policy.levelOf(item.due(), day);
            String key = item.kind() + ":" + item.id();
            current.add(key);
            Mark mark = marks.get(key);
            if (mark != null && mark.level().equals(level.name()) && mark.due().equals(item.due())
                    && mark.assignees().equals(item.assignees())) {
                continue;
            }
            entered.add(new Entered(item, level));
            if (mark != null) {
                unmarked.add(new Object[] {item.kind().name(), item.id()});
            }
            marked.add(new Object[] {item.kind().name(), item.id(), level.name(), java.sql.Date.valueOf(item.due()),
                    item.assignees(), today});
        }
        marks.keySet().stream().filter(key -> !current.contains(key)).forEach(key -> {
            String[] parts = key.split(":");
            unmarked.add(new Object[] {parts[0], Long.parseLong(parts[1])});
        });
        // a province has hundreds of thousands of items due: written a few hundred per statement, not two round trips each
        batch.batchUpdate("delete from warning_mark where subject_kind = ? and subject_id = ?", unmarked, MARKS_PER_STATEMENT,
                (statement, row) -> {
                    statement.setString(1, (String) row[0]);
                    statement.setLong(2, (Long) row[1]);
                });
        batch.batchUpdate("insert into warning_mark (subject_kind, subject_id, level, due_date, assignees, marked_on)"
                + " values (?, ?, ?, ?, ?, ?)", marked, MARKS_PER_STATEMENT, (statement, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        statement.setObject(i + 1, row[i]);
                    }
                });
        return entered;
    }

    private static List<Notification.Item> sorted(List<Notification.Item> items) {
        return items.stream().distinct().sorted(Comparator.comparing(Notification.Item::section)
                .thenComparing(i -> i.dueDate() == null ? LocalDate.MAX : i.dueDate())).toList();
    }

    private int send(long recipientId, LocalDate day, List<Notification.Item> all, Recipients recipients) {
        String title = title(day, all);
        List<Notification.Item> items = all.size() > MAX_ITEMS ? all.subList(0, MAX_ITEMS) : all;
        String body = body(items) + (all.size() > MAX_ITEMS
                ? "\n" + text("reminder.more", all.size() - MAX_ITEMS) + "\n" : "");
        long id = notifications.add(recipientId, Notification.Kind.DIGEST, title, body, "/notifications", day, items);
        UserAccount account = recipients.account(recipientId);
        deliveries.mailTo(id, account, title, () -> text("reminder.mail.greeting", account.getDisplayName())
                + "\n\n" + body + "\n" + text("reminder.mail.footer", baseUrl + "/notifications"));
        return all.size();
    }

    private String title(LocalDate day, List<Notification.Item> items) {
        Map<Notification.Section, Long> counts = counts(items);
        StringBuilder parts = new StringBuilder();
        counts.forEach((section, n) -> parts.append(parts.isEmpty() ? "" : "，")
                .append(text("reminder.count." + section, n)));
        return text("reminder.digest.title", Formats.chineseDate(day), parts.toString());
    }

    private String body(List<Notification.Item> items) {
        StringBuilder body = new StringBuilder();
        Notification.Section section = null;
        for (Notification.Item item : items) {
            if (item.section() != section) {
                section = item.section();
                body.append(body.isEmpty() ? "" : "\n").append("【").append(text("reminder.section." + section))
                        .append("】\n");
            }
            body.append("· ").append(line(item)).append('\n');
        }
        return body.toString();
    }

    private String line(Notification.Item item) {
        return (item.unitName() == null ? "" : item.unitName() + "　") + item.title()
                + (item.dueDate() == null ? "" : "（" + text("reminder.due", Formats.chineseDate(item.dueDate())) + "）");
    }

    /** One message per robot: the items of its unit and the unit's departments that entered a level today. */
    private void postToRobots(LocalDate day, List<Entered> entered) {
        for (Webhooks.Target robot : webhooks.targets()) {
            List<Notification.Item> items = sorted(entered.stream()
                    .filter(e -> e.item().unitPath().startsWith(robot.unitPath()))
                    .map(e -> new Notification.Item(Notification.Section.valueOf(e.level().name()), e.item().title(),
                            e.item().unitName(), e.item().due(), e.item().link()))
                    .toList());
            if (items.isEmpty()) {
                continue;
            }
            String subject = text("reminder.robot.title", Formats.chineseDate(day), robot.unitName());
            StringBuilder markdown = new StringBuilder("### ").append(subject).append("\n");
            counts(items).forEach((section, n) -> markdown.append("> ").append(text("reminder.count." + section, n))
                    .append("\n"));
            markdown.append("\n");
            items.stream().limit(20).forEach(item -> markdown.append("- ").append(line(item)).append("\n"));
            if (items.size() > 20) {
                markdown.append(text("reminder.robot.more", items.size() - 20)).append("\n");
            }
            markdown.append("\n[").append(text("reminder.robot.open")).append("](").append(baseUrl)
                    .append("/ledger?sort=WARNING)");
            deliveries.enqueue(null, robot.kind(), robot.url(), robot.secret(), subject, markdown.toString());
        }
    }

    private static Map<Notification.Section, Long> counts(List<Notification.Item> items) {
        Map<Notification.Section, Long> counts = new java.util.EnumMap<>(Notification.Section.class);
        items.forEach(i -> counts.merge(i.section(), 1L, Long::sum));
        return counts;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, ZH);
    }
}
