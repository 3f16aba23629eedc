package briefing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a condition instead of a duration. The bound is only a guard against a hang: it is many
 * times what any wait takes on a slow, loaded machine, so reaching it means the condition never holds.
 */
public final class Await {
    /** How long a wait may last before it is taken for a hang. */
    public static final long HANG_GUARD_MINUTES = 5;

    private Await() {
    }

    /** Returns once {@code condition} holds; fails, naming {@code what}, if it never does. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, condition::getAsBoolean, Boolean::booleanValue);
    }

    /**
     * Probes until the value satisfies {@code ok} and returns that value; fails, naming {@code what}
     * and showing the last value probed, if it never does.
     */
    public static <T> T until(String what, Supplier<T> probe, Predicate<? super T> ok) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(HANG_GUARD_MINUTES);
        while (true) {
            T value = probe.get();
            if (ok.test(value)) {
                return value;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + HANG_GUARD_MINUTES + " minutes for " + what
                        + "; it never happened. Last seen: " + value);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
