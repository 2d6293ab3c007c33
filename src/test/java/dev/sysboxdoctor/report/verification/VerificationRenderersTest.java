package dev.sysboxdoctor.report.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationRenderersTest {
    static VerificationReport failed() {
        return new VerificationReport("app:v1", "box", "FAILED",
                List.of(new VerificationReport.Row("/bin/bu\nsybox", "CONTENT", "md5 a", "md5 b"),
                        new VerificationReport.Row("probe", "PROBE", "sysbox-doctor-probe-ok", "exit 1: exec /bin/sh: exec format error")),
                10, 3, 1, 2048, "exit 1: exec /bin/sh: exec format error", List.of("a note"));
    }

    @Test
    void textPutsTheVerdictFirstAndEscapesNames() {
        String t = VerificationText.verification(failed());
        assertThat(t.lines().findFirst().orElseThrow()).startsWith("app:v1 against container box: FAILED  2 difference(s)");
        assertThat(t).contains("/bin/bu\\nsybox  content: expected md5 a, found md5 b", "note: a note");
    }

    @Test
    void saveTextAndJsonListEveryAttempt() throws Exception {
        SaveReport s = new SaveReport(true, "app:v1", "sha256:0123456789abcdef", "export-import",
                List.of(new SaveReport.Attempt("commit", failed(), null, 1500),
                        new SaveReport.Attempt("snapshot", null, "no tar", 10)),
                List.of("docker import cannot carry Healthcheck"));
        String t = VerificationText.save(s);
        assertThat(t).startsWith("Saved app:v1 -> 0123456789ab (export-import, verified)");
        assertThat(t).contains("commit         FAILED", "snapshot       ERROR  no tar", "Warnings:");
        var j = new ObjectMapper().readTree(VerificationJson.save(s));
        assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(j.path("attempts").get(0).path("verification").path("differences").get(1).path("aspect").asText()).isEqualTo("PROBE");
        assertThat(j.path("attempts").get(1).path("error").asText()).isEqualTo("no tar");
    }

    @Test
    void longListsAreCappedInText() {
        var rows = java.util.stream.IntStream.range(0, 100).mapToObj(i -> new VerificationReport.Row("/f" + i, "SIZE", "1", "2")).toList();
        var v = new VerificationReport("i", null, "FAILED", rows, 100, 0, 0, 0, "ok", List.of());
        assertThat(VerificationText.verification(v)).contains("... and 60 more (--json lists all)");
    }

    @Test
    void couldNotVerifyIsToldApartFromRefusedWithTheViewAndWhatWasNotChecked() throws Exception {
        VerificationReport engine = new VerificationReport("app:v1", "box", "PASSED", List.of(), 10, 3, 1, 2048, "ok", List.of(),
                "through the engine", "docker export, md5 computed by Sysbox Doctor", "read through the engine (stopped)",
                List.of(new VerificationReport.Unchecked("/secret", "unreadable in the container")));
        String vt = VerificationText.verification(engine);
        assertThat(vt).contains("PASSED", "could not check 1 file(s) (not differences)", "/secret: unreadable in the container",
                "container read through the engine with docker export", "limits: read through the engine (stopped)");
        var vj = new ObjectMapper().readTree(VerificationJson.verification(engine));
        assertThat(vj.path("containerView").asText()).isEqualTo("through the engine");
        assertThat(vj.path("couldNotCheck").get(0).path("path").asText()).isEqualTo("/secret");

        SaveReport notVerified = new SaveReport(false, "app:v1", null, null,
                List.of(new SaveReport.Attempt("export-import", null, "the engine could not read the container", 10)), List.of(),
                "could not verify", "export-import: the engine could not read the container");
        assertThat(VerificationText.save(notVerified)).startsWith("Not saved: could not verify (export-import: the engine could not read");
        assertThat(new ObjectMapper().readTree(VerificationJson.save(notVerified)).path("outcome").asText()).isEqualTo("could not verify");
        SaveReport refused = new SaveReport(false, "app:v1", null, null, List.of(new SaveReport.Attempt("commit", failed(), null, 10)),
                List.of(), "refused", "commit: 2 difference(s)");
        assertThat(VerificationText.save(refused)).startsWith("Not saved: refused");
    }
}
