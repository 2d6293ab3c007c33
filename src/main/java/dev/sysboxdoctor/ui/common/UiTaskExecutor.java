package dev.sysboxdoctor.ui.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JavaFX {@link Task} per job, each on its own named daemon thread ("sd-diagnosis-3"), so a
 * hung probe never holds up another job. Cancel interrupts the thread; the services underneath
 * kill their child processes on interrupt.
 */
public final class UiTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(UiTaskExecutor.class);
    private final AtomicInteger counter = new AtomicInteger();
    private final Set<Task<?>> running = ConcurrentHashMap.newKeySet();

    @Override
    public <T> Running submit(BackgroundJob<T> job) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.work().call((message, fraction) -> Platform.runLater(
                        () -> job.progressHandler().update(message, fraction)));
            }

            @Override
            protected void succeeded() {
                running.remove(this);
                job.successHandler().accept(getValue());
            }

            @Override
            protected void failed() {
                running.remove(this);
                LOG.warn("{} failed", job.name(), getException());
                job.failureHandler().accept(getException());
            }

            @Override
            protected void cancelled() {
                running.remove(this);
                LOG.info("{} cancelled", job.name());
                job.cancelledHandler().run();
            }
        };
        running.add(task);
        Thread t = new Thread(task, "sd-" + job.name() + "-" + counter.incrementAndGet());
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> LOG.error("uncaught in {}", th.getName(), e));
        t.start();
        return new Running() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void shutdown() {
        running.forEach(t -> t.cancel(true));
        running.clear();
    }
}
