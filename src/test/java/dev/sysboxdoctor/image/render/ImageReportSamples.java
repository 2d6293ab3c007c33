package dev.sysboxdoctor.image.render;

import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.image.ContainerSave;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.RestoreOutcome;
import dev.sysboxdoctor.image.SaveAllOutcome;
import dev.sysboxdoctor.image.SaveAttempt;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.Strategy;
import dev.sysboxdoctor.image.Unchecked;
import dev.sysboxdoctor.image.Verdict;
import dev.sysboxdoctor.image.VerificationResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Results of every shape the image commands print, for the renderers' golden files (docs/json-contract.md). */
final class ImageReportSamples {
    private ImageReportSamples() {}

    static VerificationResult failed() {
        return new VerificationResult("app:v1", "box", Verdict.FAILED,
                List.of(new Difference("/bin/bu\nsybox", Difference.Aspect.CONTENT, "md5 a", "md5 b"),
                        new Difference("/etc/link", Difference.Aspect.LINK_TARGET, "/a", "/b"),
                        new Difference("probe", Difference.Aspect.PROBE, "sysbox-doctor-probe-ok", "exit 1: exec /bin/sh: exec format error")),
                10, 3, 1, 2048, "exit 1: exec /bin/sh: exec format error", List.of("a note"), null, null, null, List.of());
    }

    static VerificationResult passedThroughEngine() {
        return new VerificationResult("app:v1", "box", Verdict.PASSED, List.of(), 10, 3, 1, 2048, "sysbox-doctor-probe-ok\n",
                List.of("the container is stopped"), "through the engine", "docker export, md5 computed by Sysbox Doctor",
                "read through the engine (stopped)", List.of(new Unchecked("/secret", "unreadable in the container")));
    }

    static VerificationResult imageOnly() {
        return new VerificationResult("busybox:probe", null, Verdict.PASSED, List.of(), 400, 0, 2, 1_200_000, "ok", List.of(),
                null, null, null, List.of());
    }

    static VerificationResult manyDifferences() {
        return new VerificationResult("i", null, Verdict.FAILED,
                IntStream.range(0, 45).mapToObj(i -> new Difference("/f" + i, Difference.Aspect.SIZE, "1", "2")).toList(),
                45, 0, 0, 0, null, List.of(), null, null, null, List.of());
    }

    static SaveOutcome saved() {
        return new SaveOutcome(true, "app:v1", "sha256:0123456789abcdef0123", Strategy.EXPORT_IMPORT,
                List.of(new SaveAttempt(Strategy.COMMIT, failed(), null, Duration.ofMillis(1500)),
                        new SaveAttempt(Strategy.SNAPSHOT, null, "no tar", Duration.ofMillis(10)),
                        new SaveAttempt(Strategy.EXPORT_IMPORT, passedThroughEngine(), null, Duration.ofMillis(2345))),
                List.of("docker import cannot carry Healthcheck; a config-only commit (empty layer) added it to the image."));
    }

    static SaveOutcome refused() {
        return new SaveOutcome(false, "app:v1", null, null,
                List.of(new SaveAttempt(Strategy.COMMIT, failed(), null, Duration.ofMillis(10))), List.of());
    }

    static SaveOutcome couldNotVerify() {
        return new SaveOutcome(false, "app:v1", null, null,
                List.of(new SaveAttempt(Strategy.EXPORT_IMPORT, null, "the engine could not read\nthe container", Duration.ofMillis(10))),
                List.of());
    }

    static SaveAllOutcome saveAll() {
        ContainerInfo a = new ContainerInfo("aaa", "alpha", "img", "sysbox-runc", "running", true);
        ContainerInfo b = new ContainerInfo("bbb", "beta", "img", "sysbox-runc", "exited", true);
        return new SaveAllOutcome(List.of(new ContainerSave(a, "sysbox-doctor-backup/alpha:20261203-220000", saved(), null)),
                List.of(new ContainerSave(b, "sysbox-doctor-backup/beta:20261203-220000", refused(), "commit: 3 difference(s)")), false);
    }

    static SaveAllOutcome saveAllCancelled() {
        ContainerInfo a = new ContainerInfo("aaa", "alpha", "img", "sysbox-runc", "running", true);
        return new SaveAllOutcome(List.of(), List.of(new ContainerSave(a, "sysbox-doctor-backup/alpha:1", null, "cancelled")), true);
    }

    static SaveAllOutcome saveAllNone() {
        return new SaveAllOutcome(List.of(), List.of(), false);
    }

    static RestoreOutcome restored() {
        return new RestoreOutcome("box", "sysbox-doctor-backup/box:1", "ccc", "box-before-restore-1", true, passedThroughEngine(),
                List.of("reattached network net1"));
    }

    static RestoreOutcome rolledBack() {
        return new RestoreOutcome("box", "sysbox-doctor-backup/box:1", null, null, false, failed(), List.of());
    }

    /** Every sample by a stable name (the golden file's name). */
    static Map<String, Object> all() {
        Map<String, Object> m = new TreeMap<>();
        m.put("verify-failed", failed());
        m.put("verify-engine", passedThroughEngine());
        m.put("verify-image-only", imageOnly());
        m.put("verify-many", manyDifferences());
        m.put("save-saved", saved());
        m.put("save-refused", refused());
        m.put("save-could-not-verify", couldNotVerify());
        m.put("save-all", saveAll());
        m.put("save-all-cancelled", saveAllCancelled());
        m.put("save-all-none", saveAllNone());
        m.put("restore-restored", restored());
        m.put("restore-rolled-back", rolledBack());
        return m;
    }
}
