package rectify.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import rectify.org.UserAccount;

/**
 * The outbox of e-mails and robot messages. A delivery is written in the transaction that decides it, then sent;
 * one that fails is logged and tried again later (after 1, 5, 15 and 60 minutes), and never holds up the others.
 * A node claims a delivery before sending it, so two nodes never send the same one.
 */
@Service
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    static final int MAX_ATTEMPTS = 5;
    private static final Duration[] BACKOFF = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(60)};
    private static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    public enum Status { PENDING, SENDING, SENT, FAILED }

    public record View(long id, Channel channel, String target, String subject, Status status, int attempts,
                       Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rectify-deliveries");
        thread.setDaemon(true);
        return thread;
    });

    private final io.micrometer.core.instrument.MeterRegistry meters;

    Deliveries(JdbcClient jdbc, Clock clock, List<ChannelSender> senders,
               io.micrometer.core.instrument.MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
        // the queue as the monitoring sees it: deliveries waiting to go out, and those given up on
        io.micrometer.core.instrument.Gauge.builder("rectify.deliveries.queue", this, d -> d.count("PENDING"))
                .description("deliveries waiting to be sent").register(meters);
        io.micrometer.core.instrument.Gauge.builder("rectify.deliveries.failed", this, d -> d.count("FAILED"))
                .description("deliveries given up on").register(meters);
        senders.forEach(s -> s.channels().forEach(channel -> this.senders.put(channel, s)));
    }

    /** Queues a message; called inside the transaction that decided it, so it goes out only if that commits. */
    void enqueue(Long notificationId, Channel channel, String target, String secret, String subject, String body) {
        jdbc.sql("""
                        insert into notification_delivery (notification_id, channel, target, secret, subject, body, status,
                          attempts, next_attempt_at, created_at) values (:n, :channel, :target, :secret, :subject, :body,
                          'PENDING', 0, :now, :now)""")
                .param("n", notificationId).param("channel", channel.name()).param("target", target)
                .param("secret", secret).param("subject", Notifications.clip(subject, 300))
                .param("body", Notifications.clip(body, 20000)).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * Queues an e-mail to the person, when e-mail is set up and they have an address; the text is only written then.
     * Answers whether one was queued.
     */
    boolean mailTo(Long notificationId, UserAccount person, String subject, Supplier<String> body) {
        ChannelSender mail = senders.get(Channel.EMAIL);
        if (mail == null || !mail.available() || person.getEmail() == null || person.getEmail().isBlank()) {
            return false;
        }
        enqueue(notificationId, Channel.EMAIL, person.getEmail().strip(), null, subject, body.get());
        return true;
    }

    /**
     * Sends what is due once the current transaction has committed, on a thread of its own, so the person who issued
     * an order does not wait for a mail server; the scheduled retry picks up whatever this misses.
     */
    void sendSoon() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            background.execute(this::sendDue);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                background.execute(Deliveries.this::sendDue);
            }
        });
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }

    /** Sends every delivery that is due; answers how many went out. Runs every minute and after each reminder run. */
    @Scheduled(fixedDelayString = "${rectify.notifications.retry-interval:60s}",
            initialDelayString = "${rectify.notifications.retry-interval:60s}")
    public int sendDue() {
        Instant now = clock.instant();
        jdbc.sql("update notification_delivery set status = 'PENDING' where status = 'SENDING' and next_attempt_at < :stale")
                .param("stale", Timestamp.from(now.minus(STALE_CLAIM))).update();
        List<ChannelSender.Delivery> due = jdbc.sql("""
                        select id, channel, target, secret, subject, body from notification_delivery
                        where status = 'PENDING' and next_attempt_at <= :now order by id limit 500""")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new ChannelSender.Delivery(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                        rs.getString("target"), rs.getString("secret"), rs.getString("subject"), rs.getString("body")))
                .list();
        int sent = 0;
        for (ChannelSender.Delivery delivery : due) {
            if (claim(delivery.id(), now) && send(delivery)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(long id, Instant now) {
        return jdbc.sql("update notification_delivery set status = 'SENDING', next_attempt_at = :now"
                        + " where id = :id and status = 'PENDING'")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    private boolean send(ChannelSender.Delivery delivery) {
        try {
            ChannelSender sender = senders.get(delivery.channel());
            sender.send(delivery);
            jdbc.sql("update notification_delivery set status = 'SENT', attempts = attempts + 1, sent_at = :now,"
                            + " last_error = null where id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", delivery.id()).update();
            meters.counter("rectify.deliveries", "channel", delivery.channel().name(), "outcome", "sent").increment();
            return true;
        } catch (Exception e) {
            failed(delivery, e);
            return false;
        }
    }

    private double count(String status) {
        return jdbc.sql("select count(*) from notification_delivery where status = :status").param("status", status)
                .query(Long.class).single();
    }

    private void failed(ChannelSender.Delivery delivery, Exception e) {
        meters.counter("rectify.deliveries", "channel", delivery.channel().name(), "outcome", "failed").increment();
        int attempts = jdbc.sql("select attempts from notification_delivery where id = :id").param("id", delivery.id())
                .query(Integer.class).single() + 1;
        boolean giveUp = attempts >= MAX_ATTEMPTS;
        String error = Notifications.clip(e.getClass().getSimpleName() + ": " + e.getMessage(), 1000);
        log.warn("Delivery {} over {} to {} failed (attempt {}{}): {}", delivery.id(), delivery.channel(),
                delivery.target(), attempts, giveUp ? ", giving up" : "", error);
        jdbc.sql("update notification_delivery set status = :status, attempts = :attempts, last_error = :error,"
                        + " next_attempt_at = :next where id = :id")
                .param("status", giveUp ? Status.FAILED.name() : Status.PENDING.name()).param("attempts", attempts)
                .param("error", error)
                .param("next", Timestamp.from(clock.instant().plus(BACKOFF[Math.min(attempts, BACKOFF.length) - 1])))
                .param("id", delivery.id()).update();
    }

    /** The latest deliveries, failed and waiting ones first: what the administrator's job page shows. */
    public List<View> recent(int limit) {
        return jdbc.sql("""
                        select id, channel, target, subject, status, attempts, next_attempt_at, last_error, created_at, sent_at
                        from notification_delivery order by case when status = 'SENT' then 1 else 0 end, id desc
                        limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new View(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                        masked(rs.getString("target")), rs.getString("subject"), Status.valueOf(rs.getString("status")),
                        rs.getInt("attempts"), Notifications.instant(rs, "next_attempt_at"), rs.getString("last_error"),
                        Notifications.instant(rs, "created_at"), Notifications.instant(rs, "sent_at")))
                .list();
    }

    /** A robot URL carries its key in the query: show only where it goes. */
    static String masked(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query) + "?…";
    }
}
