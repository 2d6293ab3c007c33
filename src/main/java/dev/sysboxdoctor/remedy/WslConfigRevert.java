package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.host.WslCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code --revert} of a .wslconfig remedy: the backup's exact bytes put back (or the file this
 * app created removed), then {@code wsl --shutdown}. Refuses when no backup or created marker
 * is there. The rollback puts the backup and the current file back as they were.
 */
final class WslConfigRevert {
    private WslConfigRevert() {}

    /** @param state what the remedy observes (before, and again to verify) */
    static PlanOrRefusal plan(WslAccess wsl, WslCli cli, WslConfigFile file, RemedyRequest request, RemedyId id, StateProbe state)
            throws StepFailedException, InterruptedException {
        RemedyTexts t = wsl.texts();
        boolean created = Files.exists(file.createdMarkerPath());
        Optional<byte[]> backup;
        try {
            backup = Files.exists(file.backupPath()) ? Optional.of(Files.readAllBytes(file.backupPath())) : Optional.empty();
        } catch (IOException e) {
            throw new StepFailedException(t.get("unpin.cannotRead", file.backupPath(), e.getMessage()), e);
        }
        if (backup.isEmpty() && !created) {
            return new PlanOrRefusal.Refused(id, t.get("unpin.revert.nothing", file.backupPath()));
        }
        Optional<byte[]> current = file.readBytes();
        String shown = file.path().toString();
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(new PlannedStep(Step.fileChange("restore-wslconfig",
                        created ? t.get("unpin.revert.step.remove") : t.get("unpin.revert.step.restore", file.backupPath()), shown,
                        UnifiedDiff.of(shown, current.map(WslConfigRevert::readable).orElse(null),
                                backup.map(WslConfigRevert::readable).orElse(null)))
                .withNote(t.get("unpin.revert.step.note")),
                log -> {
                    file.restore(backup);
                    file.dropBackup();
                },
                log -> {
                    try {
                        WslConfigFile.writeAtomically(backup.isPresent() ? file.backupPath() : file.createdMarkerPath(),
                                backup.orElse(new byte[0]));
                    } catch (IOException e) {
                        throw new StepFailedException(t.get("unpin.revert.cannotPutBack", file.backupPath(), e.getMessage()), e);
                    }
                    file.restore(current);
                }, PlannedStep.Resettle.NO));
        steps.add(WslShutdown.step(wsl, cli));
        byte[] want = backup.orElse(null);
        return wsl.guarded(RemedyPlan.builder(t, id).title(t.get("unpin.revert.title")).explanation(t.get("unpin.revert.explanation"))
                .warnings(WslShutdown.warnings(wsl, cli)).steps(steps).observed(state.observe(), state)
                .goal(t.get("unpin.revert.goal"), after -> {
                    try {
                        Optional<byte[]> now = file.readBytes();
                        return want == null ? now.isEmpty() : now.isPresent() && Arrays.equals(now.get(), want);
                    } catch (StepFailedException e) {
                        return false;
                    }
                }).build(), request, cli);
    }

    /** The file as text for the diff; bytes that are no text shown as Latin-1 rather than refused. */
    private static String readable(byte[] b) {
        try {
            return WslConfigText.decode(b).text();
        } catch (IllegalArgumentException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }
}
