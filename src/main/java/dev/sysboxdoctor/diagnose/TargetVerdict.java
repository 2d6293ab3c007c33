package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.inspect.TargetFacts;

/**
 * The diagnosis of one target.
 *
 * @param modeBasis  how the mode was decided (the journal of the last sysbox-mgr start, a prediction, ...)
 * @param modeIfInstalled for NOT_INSTALLED: the mode Sysbox would pick here (else same as mode)
 */
public record TargetVerdict(String name, TargetFacts facts, SysboxMode mode, SysboxMode modeIfInstalled,
                            ModeBasis modeBasis, CommitRisk commitRisk) {}
