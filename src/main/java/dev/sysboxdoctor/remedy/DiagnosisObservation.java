package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.SysboxMode;
import java.util.Map;

/** The full diagnosis of the target a remedy changed, as {@code sysbox-doctor diagnose} shows it. */
public record DiagnosisObservation(SysboxMode mode, CommitRisk commitRisk) {
    static final String MODE = "diagnosis.mode";
    static final String RISK = "diagnosis.commitRisk";

    void addRows(Map<String, String> out) {
        out.put(MODE, mode.name());
        out.put(RISK, commitRisk.name());
    }
}
