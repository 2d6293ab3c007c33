package dev.sysboxdoctor.image.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.Verdict;
import dev.sysboxdoctor.image.VerificationResult;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VerificationRenderersTest {
    @Test
    void textPutsTheVerdictFirstAndEscapesNames() {
        String t = VerificationText.verification(ImageReportSamples.failed());
        assertThat(t.lines().findFirst().orElseThrow()).startsWith("app:v1 against container box: FAILED  3 difference(s)");
        assertThat(t).contains("/bin/bu\\nsybox  content: expected md5 a, found md5 b", "note: a note");
    }

    @Test
    void saveTextAndJsonListEveryAttempt() throws Exception {
        String t = VerificationText.save(ImageReportSamples.saved());
        assertThat(t).startsWith("Saved app:v1 -> 0123456789ab (export-import, verified)");
        assertThat(t).contains("commit         FAILED", "snapshot       ERROR  no tar", "Warnings:");
        var j = new ObjectMapper().readTree(VerificationJson.save(ImageReportSamples.saved()));
        assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(j.path("attempts").get(0).path("verification").path("differences").get(2).path("aspect").asText()).isEqualTo("PROBE");
        assertThat(j.path("attempts").get(1).path("error").asText()).isEqualTo("no tar");
    }

    @Test
    void longListsAreCappedInText() {
        var rows = IntStream.range(0, 100).mapToObj(i -> new Difference("/f" + i, Difference.Aspect.SIZE, "1", "2")).toList();
        var v = new VerificationResult("i", null, Verdict.FAILED, rows, 100, 0, 0, 0, "ok", List.of(), null, null, null, List.of());
        assertThat(VerificationText.verification(v)).contains("... and 60 more (--json lists all)");
    }

    @Test
    void couldNotVerifyIsToldApartFromRefusedWithTheViewAndWhatWasNotChecked() throws Exception {
        String vt = VerificationText.verification(ImageReportSamples.passedThroughEngine());
        assertThat(vt).contains("PASSED", "could not check 1 file(s) (not differences)", "/secret: unreadable in the container",
                "container read through the engine with docker export", "limits: read through the engine (stopped)");
        var vj = new ObjectMapper().readTree(VerificationJson.verification(ImageReportSamples.passedThroughEngine()));
        assertThat(vj.path("containerView").asText()).isEqualTo("through the engine");
        assertThat(vj.path("couldNotCheck").get(0).path("path").asText()).isEqualTo("/secret");

        assertThat(VerificationText.save(ImageReportSamples.couldNotVerify()))
                .startsWith("Not saved: could not verify (export-import: the engine could not read\\nthe container)");
        assertThat(new ObjectMapper().readTree(VerificationJson.save(ImageReportSamples.couldNotVerify())).path("outcome").asText())
                .isEqualTo("could not verify");
        assertThat(VerificationText.save(ImageReportSamples.refused())).startsWith("Not saved: refused");
        assertThat(new ObjectMapper().readTree(VerificationJson.save(ImageReportSamples.refused())).path("outcome").asText())
                .isEqualTo("refused");
    }
}
