package rectify.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;

import rectify.shared.EventRetries;
import rectify.support.LifecycleFlows;

/**
 * A listener that fails does not lose the event: the publication stays incomplete in the registry, and the retry
 * hands it over again until the listener finishes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rectify.events.retry-after=PT0S", "rectify.events.retry-every=PT1H"})
@ActiveProfiles({"demo", "test"})
class FailedListenerIsRetriedTest extends rectify.support.ApiTest {

    /** Fails the first time it hears of the watched problem's plan, as a listener does when what it calls is down. */
    static class FlakyListener {
        private final AtomicInteger attempts = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private volatile long watched = -1;

        public void watch(long problemId) {
            watched = problemId;
        }

        public int attempts() {
            return attempts.get();
        }

        public int done() {
            return done.get();
        }

        @ApplicationModuleListener
        void on(LifecycleEvents.PlanSubmitted submitted) {
            if (submitted.problemId() != watched) {
                return;
            }
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the channel is down");
            }
            done.incrementAndGet();
        }
    }

    @TestConfiguration
    static class Flaky {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    FlakyListener listener;

    @Autowired
    EventRetries retries;

    @Autowired
    JdbcClient jdbc;

    private long watchedProblem;

    @Test
    void aFailedListenerGetsTheEventAgainAndFinishes() throws Exception {
        LifecycleFlows flows = new LifecycleFlows(anonymous);
        long problem = flows.plannedProblem("TIME_LIMITED")[0];
        listener.watch(problem);
        watchedProblem = problem;
        assertThat(flows.act(flows.coordinator, problem, "{\"action\":\"SUBMIT_PLAN\"}").status()).isEqualTo(200);
        await(() -> listener.attempts() >= 1);
        await(() -> incomplete() == 1);
        assertThat(listener.done()).isZero();

        retries.retry();
        await(() -> listener.done() == 1);
        await(() -> incomplete() == 0);
    }

    private long incomplete() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                + " and listener_id like '%FlakyListener%' and serialized_event like :problem")
                .param("problem", "%\"problemId\":" + watchedProblem + ",%").query(Long.class).single();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 10 s").isBefore(until);
            Thread.sleep(50);
        }
    }
}
