package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.inspect.TargetFacts;

/**
 * The diagnosis of one target.
 *
 * @param modeBasis  how the mode was decided ("journal of the last sysbox-mgr start", "predicted from kernel 5.15 ...")
 * @param modeIfInstalled for NOT_INSTALLED: the mode Sysbox would pick here (else same as mode)
 */
public record TargetVerdict(String name, TargetFacts facts, SysboxMode mode, SysboxMode modeIfInstalled,
                            String modeBasis, CommitRisk commitRisk) {
    /** Sysbox containers (running or stopped) whose changes live only in a rootfs clone that Sysbox's stop deletes. */
    public java.util.List<dev.sysboxdoctor.inspect.ContainerFacts> containersAtRisk() {
        return VolatileContainers.atRisk(mode, facts == null ? null : facts.docker());
    }
}
