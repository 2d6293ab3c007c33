package dev.sysboxdoctor.ui.common;

import java.util.concurrent.CancellationException;

/**
 * Runs each job at once on the calling thread and calls its callbacks there: makes view-model
 * code that starts background work deterministic in plain unit tests.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> Running submit(BackgroundJob<T> job) {
        try {
            T value = job.work().call(job.progressHandler());
            job.successHandler().accept(value);
        } catch (InterruptedException | CancellationException e) {
            job.cancelledHandler().run();
        } catch (Exception e) {
            job.failureHandler().accept(e);
        }
        return new Running() {
            @Override
            public void cancel() {
                // already finished
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
