package rectify.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the tests set to any day, shared by every application context that imports it (so two instances of the
 * application agree on what day it is). Starts at the real time; {@link #setDay} moves it to 09:00 of a day.
 */
public final class TestClock extends Clock {

    public static final TestClock INSTANCE = new TestClock();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = Instant.now();

    private TestClock() {
    }

    public void setDay(LocalDate day) {
        now = day.atTime(9, 0).atZone(ZONE).toInstant();
    }

    /** Back to the real time (a test that moved the clock leaves it as it found it). */
    public void toRealTime() {
        now = Instant.now();
    }

    public void advance(java.time.Duration duration) {
        now = now.plus(duration);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone == null ? ZoneOffset.UTC : zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Import into a test's context to run it on this clock. */
    @TestConfiguration
    public static class Configuration {
        @Bean
        @Primary
        Clock testClock() {
            return INSTANCE;
        }
    }
}
