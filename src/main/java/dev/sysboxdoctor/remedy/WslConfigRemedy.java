package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.host.WslCli;
import java.util.Optional;

/**
 * What every .wslconfig remedy does first: find the file (or refuse), then either its own change
 * or, with {@code --revert}, the shared {@link WslConfigRevert}.
 */
final class WslConfigRemedy {
    /** The remedy's own change of the file found. */
    @FunctionalInterface
    interface Change {
        PlanOrRefusal plan(WslCli cli, WslConfigFile file) throws StepFailedException, InterruptedException;
    }

    /** What the remedy observes on the machine, before and to verify. */
    @FunctionalInterface
    interface State {
        ObservedState observe(WslCli cli, WslConfigFile file) throws StepFailedException, InterruptedException;
    }

    private WslConfigRemedy() {}

    static PlanOrRefusal plan(WslAccess wsl, RemedyRequest request, RemedyId id, State state, Change change)
            throws StepFailedException, InterruptedException {
        WslCli cli = wsl.cli();
        Optional<WslConfigFile> found = wsl.wslConfig();
        if (found.isEmpty()) {
            return new PlanOrRefusal.Refused(id, wsl.texts().get("unpin.refuse.noWslconfig"));
        }
        WslConfigFile file = found.get();
        return request.revert() ? WslConfigRevert.plan(wsl, cli, file, request, id, () -> state.observe(cli, file))
                : change.plan(cli, file);
    }
}
