package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.SysboxMode;
import java.util.Map;
import java.util.Optional;

/**
 * sysbox-mgr and its shiftfs precheck as the precheck remedy sees them.
 *
 * @param release        the kernel release
 * @param shiftfsLoaded  whether the shiftfs module is loaded
 * @param execStart      sysbox-mgr's effective ExecStart
 * @param ourDropIn      whether our drop-in is there
 * @param startBlocks    how many sysbox-mgr starts the journal holds
 * @param lastStart      the first line of the newest start
 * @param run            what the newest start did with the precheck
 * @param journalProblem why the journal could not say ({@code run} UNKNOWN)
 * @param mode           the mode the newest start logged
 */
public record PrecheckObservation(Optional<String> release, boolean shiftfsLoaded, String execStart, boolean ourDropIn,
                                  int startBlocks, Optional<String> lastStart, PrecheckRun run, String journalProblem,
                                  SysboxMode mode) {

    String runWords() {
        return run.words(journalProblem);
    }

    void addRows(Map<String, String> out) {
        out.put("kernel", release.orElse(""));
        out.put("shiftfs", shiftfsLoaded ? "loaded" : "not loaded");
        out.put("execStart", execStart);
        out.put("dropIn", ourDropIn ? PrecheckPlans.DROP_IN : "none");
        out.put("startBlocks", Integer.toString(startBlocks));
        out.put("lastStart", lastStart.orElse(""));
        out.put("precheck", runWords());
        out.put("mode", mode.name());
    }
}
