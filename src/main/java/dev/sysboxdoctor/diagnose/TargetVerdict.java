package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.inspect.ContainerFacts;
import dev.sysboxdoctor.inspect.TargetFacts;
import java.util.List;

/**
 * The diagnosis of one target.
 *
 * @param modeBasis  how the mode was decided (the journal of the last sysbox-mgr start, a prediction, ...)
 * @param modeIfInstalled for NOT_INSTALLED: the mode Sysbox would pick here (else same as mode)
 */
public record TargetVerdict(String name, TargetFacts facts, SysboxMode mode, SysboxMode modeIfInstalled,
                            ModeBasis modeBasis, CommitRisk commitRisk) {
    /** Sysbox containers (running or stopped) whose changes live only in a rootfs clone that Sysbox's stop deletes. */
    public List<ContainerFacts> containersAtRisk() {
        return VolatileContainers.atRisk(mode, facts == null ? null : facts.docker());
    }
}
