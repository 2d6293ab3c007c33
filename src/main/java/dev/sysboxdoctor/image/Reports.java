package dev.sysboxdoctor.image;

import dev.sysboxdoctor.report.verification.RestoreReport;
import dev.sysboxdoctor.report.verification.SaveAllReport;
import dev.sysboxdoctor.report.verification.SaveReport;
import dev.sysboxdoctor.report.verification.VerificationReport;

/** Converts results into the report room's plain records (JSON/text rendering lives there). */
public final class Reports {
    private Reports() {}

    public static VerificationReport of(VerificationResult v) {
        return new VerificationReport(v.image(), v.container(), v.verdict().name(),
                v.differences().stream().map(d -> new VerificationReport.Row(d.path(), d.aspect().name(), d.expected(), d.found())).toList(),
                v.filesCompared(), v.filesHashed(), v.elfChecked(), v.imageBytes(), v.probe(), v.notes(),
                v.containerView(), v.hashTool(), v.limits(),
                v.unchecked().stream().map(u -> new VerificationReport.Unchecked(u.path(), u.reason())).toList());
    }

    public static SaveReport of(SaveOutcome o) {
        return new SaveReport(o.saved(), o.tag(), o.imageId(), o.usedStrategy() == null ? null : o.usedStrategy().cliName(),
                o.attempts().stream().map(a -> new SaveReport.Attempt(a.strategy().cliName(),
                        a.verification() == null ? null : of(a.verification()), a.error(), a.elapsed().toMillis())).toList(),
                o.warnings(), outcome(o.result()), o.reason());
    }

    /** The outcome as JSON and text spell it. */
    public static String outcome(SaveOutcome.Result r) {
        return switch (r) {
            case SAVED -> "saved";
            case REFUSED -> "refused";
            case COULD_NOT_VERIFY -> "could not verify";
        };
    }

    public static SaveAllReport of(SaveAllOutcome o) {
        return new SaveAllReport(o.allSaved(), o.cancelled(), o.saved().stream().map(Reports::row).toList(),
                o.failed().stream().map(Reports::row).toList());
    }

    public static RestoreReport of(RestoreOutcome o) {
        return new RestoreReport(o.restored(), o.name(), o.image(), o.newId(), o.keptAs(), o.started(),
                o.verification() == null ? null : of(o.verification()), o.notes());
    }

    private static SaveAllReport.Row row(ContainerSave s) {
        return new SaveAllReport.Row(s.container().name(), s.tag(), s.method() == null ? null : s.method().cliName(), s.reason(),
                s.imageId(), s.container().running());
    }
}
