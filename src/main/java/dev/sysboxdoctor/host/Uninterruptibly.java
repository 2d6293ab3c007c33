package dev.sysboxdoctor.host;

/**
 * A bounded wait that a cancel must not cut short: a cancelled (interrupted) caller still waits
 * for a killed process tree or a stopping thread, so that nothing outlives it. The interrupt is
 * kept for the code above.
 */
final class Uninterruptibly {
    /** A wait that may throw {@link InterruptedException}, e.g. {@code () -> p.waitFor(5, SECONDS)}. */
    @FunctionalInterface
    interface BoundedWait {
        void await() throws InterruptedException;
    }

    private Uninterruptibly() {}

    static void await(BoundedWait wait) {
        boolean interrupted = Thread.interrupted();
        try {
            wait.await();
        } catch (InterruptedException e) {
            interrupted = true; // interrupted again while waiting: give up the wait
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
