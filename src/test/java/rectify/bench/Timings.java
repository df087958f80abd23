package rectify.bench;

import java.util.Arrays;

/** Wall-clock times of a call repeated after a few warm-up calls, as the benchmarks report them: median, p95, max. */
record Timings(long[] sortedNanos) {

    /** Runs the call {@code warmUps} times untimed, then {@code rounds} times timed. */
    static Timings of(int warmUps, int rounds, Runnable call) {
        for (int i = 0; i < warmUps; i++) {
            call.run();
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            call.run();
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return new Timings(times);
    }

    String median() {
        return ms(sortedNanos[sortedNanos.length / 2]);
    }

    String p95() {
        return ms(sortedNanos[(int) Math.ceil(sortedNanos.length * 0.95) - 1]);
    }

    String max() {
        return ms(sortedNanos[sortedNanos.length - 1]);
    }

    /** "median | p95 | max" for a Markdown table row. */
    String columns() {
        return median() + " | " + p95() + " | " + max();
    }

    static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }
}
