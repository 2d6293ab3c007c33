package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.host.WslCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * WSL's mirrored networking back to NAT: the {@code networkingMode=} line of .wslconfig commented
 * out and {@code networkingMode=nat} written after it (a byte-exact edit, the original kept as a
 * backup), then {@code wsl --shutdown} behind the container guard. {@code --revert} puts the
 * original bytes back. Mirrored mode's seccomp notify filter makes every Sysbox container fail
 * with "device or resource busy" (microsoft/WSL#9548).
 */
final class WslNetworkingPlans {
    private final RemedyEnvironment env;
    private final RemedyTexts t;
    private final WslKernelPlans wsl;

    WslNetworkingPlans(RemedyEnvironment env) {
        this.env = env;
        this.t = env.texts();
        this.wsl = new WslKernelPlans(env);
    }

    PlanOrRefusal build(RemedyRequest request) throws StepFailedException, InterruptedException {
        WslCli cli = wsl.cli();
        Optional<WslConfigFile> found = wsl.wslConfig();
        if (found.isEmpty()) {
            return refused(t.get("unpin.refuse.noWslconfig"));
        }
        WslConfigFile file = found.get();
        if (request.revert()) {
            return revert(cli, file, request);
        }
        Optional<byte[]> original = file.readBytes();
        if (original.isEmpty()) {
            return refused(t.get("networking.refuse.noFile", file.path()));
        }
        WslConfigText text;
        try {
            text = file.read();
        } catch (StepFailedException e) {
            return refused(e.getMessage());
        }
        Optional<String> mode = text.networkingMode();
        if (mode.isEmpty() || !mode.get().equalsIgnoreCase("mirrored")) {
            return refused(t.get("networking.refuse.notMirrored", file.path(), mode.orElse("nat")));
        }
        try {
            file.checkWritable();
        } catch (StepFailedException e) {
            return refused(e.getMessage());
        }
        WslConfigText changed = text.networkingNat();
        byte[] newBytes = changed.encode();
        boolean backupExisted = Files.exists(file.backupPath()) || Files.exists(file.createdMarkerPath());
        String shown = file.path().toString();
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(new PlannedStep(new Step("edit-wslconfig", t.get("networking.step.edit"), Step.Kind.FILE_CHANGE, List.of(), shown,
                UnifiedDiff.of(shown, text.text(), changed.text()), false, true,
                t.get("networking.step.note", backupExisted ? t.get("unpin.step.note.backupKept", file.backupPath())
                        : t.get("unpin.step.note.backupFirst", file.backupPath()))),
                log -> {
                    file.backupOnce(original);
                    file.replace(newBytes);
                    log.log(t.get("unpin.log.wroteWithBackup", file.path(), file.backupPath()));
                },
                log -> {
                    file.restore(original);
                    if (!backupExisted) {
                        file.dropBackup();
                    }
                    log.log(t.get("unpin.log.restored", file.path()));
                }, PlannedStep.Resettle.NO));
        steps.add(wsl.shutdownStep(cli));
        return wsl.guarded(new RemedyPlan(t, RemedyId.WSL_NETWORKING_NAT, t.get("networking.title"),
                t.get("networking.explanation", file.path(), mode.get()), wsl.shutdownWarnings(cli), steps,
                state(cli, file), () -> state(cli, file),
                after -> "nat".equals(after.fact("networkingMode")),
                t.get("networking.goal")), request, cli);
    }

    private PlanOrRefusal revert(WslCli cli, WslConfigFile file, RemedyRequest request) throws StepFailedException, InterruptedException {
        boolean created = Files.exists(file.createdMarkerPath());
        Optional<byte[]> backup;
        try {
            backup = Files.exists(file.backupPath()) ? Optional.of(Files.readAllBytes(file.backupPath())) : Optional.empty();
        } catch (IOException e) {
            throw new StepFailedException(t.get("unpin.cannotRead", file.backupPath(), e.getMessage()), e);
        }
        if (backup.isEmpty() && !created) {
            return refused(t.get("unpin.revert.nothing", file.backupPath()));
        }
        Optional<byte[]> current = file.readBytes();
        String shown = file.path().toString();
        List<PlannedStep> steps = new ArrayList<>();
        steps.add(new PlannedStep(new Step("restore-wslconfig",
                created ? t.get("unpin.revert.step.remove") : t.get("unpin.revert.step.restore", file.backupPath()),
                Step.Kind.FILE_CHANGE, List.of(), shown, UnifiedDiff.of(shown, current.map(WslNetworkingPlans::readable).orElse(null),
                        backup.map(WslNetworkingPlans::readable).orElse(null)), false, true, t.get("unpin.revert.step.note")),
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
        steps.add(wsl.shutdownStep(cli));
        byte[] want = backup.orElse(null);
        return wsl.guarded(new RemedyPlan(t, RemedyId.WSL_NETWORKING_NAT, t.get("unpin.revert.title"), t.get("unpin.revert.explanation"),
                wsl.shutdownWarnings(cli), steps, state(cli, file), () -> state(cli, file),
                after -> {
                    try {
                        Optional<byte[]> now = file.readBytes();
                        return want == null ? now.isEmpty() : now.isPresent() && Arrays.equals(now.get(), want);
                    } catch (StepFailedException e) {
                        return false;
                    }
                }, t.get("unpin.revert.goal")), request, cli);
    }

    /** The networking mode .wslconfig asks for, plus the diagnosis of the distro. */
    private ObservedState state(WslCli cli, WslConfigFile file) throws StepFailedException, InterruptedException {
        String mode = file.readBytes().isEmpty() ? "nat" : file.read().networkingMode().map(m -> m.toLowerCase(java.util.Locale.ROOT))
                .orElse("nat");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("networkingMode", mode);
        f.put("wslconfig", file.path().toString());
        return Rediagnosis.add(env, wsl.diagnosedDistro(cli), new ObservedState(".wslconfig networkingMode: " + mode, f));
    }

    private PlanOrRefusal.Refused refused(String why) {
        return new PlanOrRefusal.Refused(RemedyId.WSL_NETWORKING_NAT, why);
    }

    private static String readable(byte[] b) {
        try {
            return WslConfigText.decode(b).text();
        } catch (IllegalArgumentException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }
}
