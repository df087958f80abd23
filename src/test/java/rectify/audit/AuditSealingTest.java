package rectify.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The regular sealing run looks only at the events written since those sealed an hour ago, yet an event whose
 * transaction committed after later events were sealed is still sealed: by the next run when it committed within the
 * hour, and by the look through the whole log otherwise. The chain verifies intact either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AuditSealingTest {

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEventCommittedAfterLaterOnesWereSealedIsSealedByTheNextRun() throws Exception {
        long early = committedAfterALaterOneWasSealed("稍后提交的记录").early();

        chain.sealNew();

        assertThat(sealed(early)).as("sealed by the next regular run").isTrue();
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void anEventWhoseTransactionOutlivedTheSettledSealsWaitsForTheWholeLogToBeLookedThrough() throws Exception {
        Events events = committedAfterALaterOneWasSealed("长事务中的记录");
        long early = events.early();
        long later = events.later();

        // an hour from now the later event's seal has settled, and the regular run starts after it
        assertThat(chain.settledBefore(Instant.now().plusSeconds(2 * 3600))).isGreaterThanOrEqualTo(later);
        assertThat(chain.settledBefore(Instant.now().minusSeconds(2 * 3600))).isLessThan(early);

        chain.seal();

        assertThat(sealed(early)).as("found when the whole log is looked through").isTrue();
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void twoRunsAtOnceSealEveryEventOnce() throws Exception {
        chain.seal();
        for (int i = 0; i < 300; i++) {
            event("同时封存的记录" + i);
        }
        CountDownLatch start = new CountDownLatch(1);
        Runnable run = () -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            chain.seal();
        };
        CompletableFuture<Void> one = CompletableFuture.runAsync(run);
        CompletableFuture<Void> other = CompletableFuture.runAsync(run);
        start.countDown();
        CompletableFuture.allOf(one, other).get(60, TimeUnit.SECONDS);

        assertThat(jdbc.queryForObject("select count(*) from audit_event e where not exists"
                + " (select 1 from audit_seal s where s.event_id = e.id)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) - count(distinct event_id) from audit_seal", Long.class))
                .isZero();
        assertThat(chain.verify().intact()).isTrue();
    }

    private record Events(long early, long later) {
    }

    /**
     * With nothing left to seal, an event written in a transaction that stays open while a later event is written and
     * sealed by the regular run; answers both, once the early one's transaction has committed.
     */
    private Events committedAfterALaterOneWasSealed(String summary) throws Exception {
        chain.seal();
        Straggler straggler = new Straggler(summary);
        long later = event("先于" + summary + "提交");
        chain.sealNew();
        assertThat(sealed(later)).isTrue();
        long early = straggler.commit();
        assertThat(early).isLessThan(later);
        return new Events(early, later);
    }

    private long event(String summary) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, summary) values (current_timestamp, 'test',"
                + " 'UPDATE', ?)", summary);
        return jdbc.queryForObject("select max(id) from audit_event where summary = ?", Long.class, summary);
    }

    private boolean sealed(long eventId) {
        return jdbc.queryForObject("select count(*) from audit_seal where event_id = ?", Long.class, eventId) == 1;
    }

    /** An event written in a transaction that stays open until {@link #commit}: its number comes before later ones'. */
    private final class Straggler {

        private final CountDownLatch written = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final CompletableFuture<Long> id;

        Straggler(String summary) throws InterruptedException {
            id = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
                long own = event(summary);
                written.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return own;
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        }

        long commit() throws Exception {
            release.countDown();
            return id.get(30, TimeUnit.SECONDS);
        }
    }
}
