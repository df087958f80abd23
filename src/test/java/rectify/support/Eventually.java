package rectify.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for what an event listener does after the commit: true within the time, or the test fails saying what. */
public final class Eventually {

    private Eventually() {
    }

    public static void within(Duration time, String what, BooleanSupplier condition) {
        Instant until = Instant.now().plus(time);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("%s within %s", what, time).isBefore(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
