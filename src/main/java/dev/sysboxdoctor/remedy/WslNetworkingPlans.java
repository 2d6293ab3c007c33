package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.host.WslCli;
import java.util.List;
import java.util.Locale;
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
    private final WslAccess wsl;

    WslNetworkingPlans(RemedyEnvironment env) {
        this.env = env;
        this.t = env.texts();
        this.wsl = new WslAccess(env);
    }

    PlanOrRefusal build(RemedyRequest request) throws StepFailedException, InterruptedException {
        return WslConfigRemedy.plan(wsl, request, RemedyId.WSL_NETWORKING_NAT, this::state, (cli, file) -> change(cli, file, request));
    }

    private PlanOrRefusal change(WslCli cli, WslConfigFile file, RemedyRequest request) throws StepFailedException, InterruptedException {
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
        List<PlannedStep> steps = List.of(
                WslConfigEdit.step(file, t, t.get("networking.step.edit"), "networking.step.note", original, text, text.networkingNat()),
                WslShutdown.step(wsl, cli));
        return wsl.guarded(RemedyPlan.builder(t, RemedyId.WSL_NETWORKING_NAT).title(t.get("networking.title"))
                .explanation(t.get("networking.explanation", file.path(), mode.get()))
                .warnings(WslShutdown.warnings(wsl, cli)).steps(steps)
                .observed(state(cli, file), () -> state(cli, file))
                .goal(t.get("networking.goal"), after -> after.networking().map(NetworkingObservation::nat).orElse(false))
                .build(), request, cli);
    }

    /** The networking mode .wslconfig asks for, plus the diagnosis of the distro. */
    private ObservedState state(WslCli cli, WslConfigFile file) throws StepFailedException, InterruptedException {
        String mode = file.readBytes().isEmpty() ? "nat" : file.read().networkingMode().map(m -> m.toLowerCase(Locale.ROOT))
                .orElse("nat");
        NetworkingObservation f = new NetworkingObservation(mode, file.path().toString());
        return Rediagnosis.add(env, wsl.diagnosedDistro(cli), ObservedState.of(".wslconfig networkingMode: " + mode, f));
    }

    private PlanOrRefusal.Refused refused(String why) {
        return new PlanOrRefusal.Refused(RemedyId.WSL_NETWORKING_NAT, why);
    }
}
