package dev.sysboxdoctor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {
    @Test
    void runsInlineAndRoutesSuccessFailureAndCancel() {
        List<String> seen = new ArrayList<>();
        TaskExecutor ex = new CurrentThreadTaskExecutor();
        ex.submit(BackgroundJob.of("ok", p -> {
            p.update("half", 0.5);
            return 42;
        }).onProgress((m, f) -> seen.add(m + f)).onSuccess(v -> seen.add("ok" + v)));
        ex.submit(BackgroundJob.of("bad", p -> {
            throw new IllegalStateException("boom");
        }).onFailure(e -> seen.add("failed " + e.getMessage())));
        ex.submit(BackgroundJob.of("stop", p -> {
            throw new InterruptedException();
        }).onCancelled(() -> seen.add("cancelled")));
        assertThat(seen).containsExactly("half0.5", "ok42", "failed boom", "cancelled");
    }

    @Test
    void errorDialogsShowTheInnermostPlainMessage() {
        I18n t = I18n.forLanguage("en", java.util.Locale.ENGLISH);
        Exception e = new RuntimeException("wrapper", new java.io.IOException("Permission denied: /etc/x"));
        assertThat(ErrorDialogs.plainCause(e, t)).isEqualTo("Permission denied: /etc/x");
        assertThat(ErrorDialogs.plainCause(new NullPointerException(), t)).isEqualTo("No further explanation was given.");
        assertThat(ErrorDialogs.stackTrace(e)).contains("java.io.IOException", "at ");
    }
}
