package dev.sysboxdoctor.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One unit of background work with its UI-thread callbacks. Built fluently:
 * {@code BackgroundJob.of("diagnosis", p -> ...).onSuccess(...).onFailure(...)}.
 */
public final class BackgroundJob<T> {
    /** The work itself: runs off the UI thread; reports progress through {@code progress}. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Progress reports from the worker; safe to call from any thread. */
    public interface Progress {
        Progress NONE = (message, fraction) -> { };

        /** fraction in [0,1], or a negative value when unknown. */
        void update(String message, double fraction);
    }

    private final String name;
    private final Work<T> work;
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Progress onProgress = Progress.NONE;

    private BackgroundJob(String name, Work<T> work) {
        this.name = Objects.requireNonNull(name);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundJob<T> of(String name, Work<T> work) {
        return new BackgroundJob<>(name, work);
    }

    public BackgroundJob<T> onSuccess(Consumer<T> c) {
        this.onSuccess = c;
        return this;
    }

    public BackgroundJob<T> onFailure(Consumer<Throwable> c) {
        this.onFailure = c;
        return this;
    }

    public BackgroundJob<T> onCancelled(Runnable r) {
        this.onCancelled = r;
        return this;
    }

    /** Progress callback, delivered on the UI thread. */
    public BackgroundJob<T> onProgress(Progress p) {
        this.onProgress = p;
        return this;
    }

    public String name() {
        return name;
    }

    Work<T> work() {
        return work;
    }

    Consumer<T> successHandler() {
        return onSuccess;
    }

    Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    Runnable cancelledHandler() {
        return onCancelled;
    }

    Progress progressHandler() {
        return onProgress;
    }
}
