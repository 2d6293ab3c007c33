package dev.sysboxdoctor.diagnose;

import java.util.Locale;

/** Why a target's Sysbox mode is what the diagnosis says: read from the journal, predicted, or not decidable. */
public enum BasisKind {
    JOURNAL_IDMAPPED,
    JOURNAL_SHIFTFS_WORKS,
    JOURNAL_SHIFTFS_PRECHECK_SKIPPED,
    JOURNAL_CHOWN_WITHOUT_CLONING,
    JOURNAL_CLONING,
    JOURNAL_UNDECIDED,
    PREDICTED_IDMAPPED,
    PREDICTED_SHIFTFS_IF_PRECHECK_PASSES,
    PREDICTED_SHIFTFS_PRECHECK_DISABLED,
    PREDICTED_CHOWN_WITHOUT_CLONING,
    PREDICTED_CLONING,
    PREDICTED_CLONING_SHIFTFS_DISABLED,
    CANNOT_PREDICT_IDMAP,
    CANNOT_PREDICT_SHIFTFS,
    NOT_INSTALLED,
    INSTALL_UNKNOWN,
    WSL1,
    UNINSPECTED,
    USERNS_REMAP,
    STORAGE_DRIVER_NOT_OVERLAY,
    SHIFTFS_UNCONFIRMED,
    MGR_DOWN,
    KERNEL_TOO_OLD_FOR_SYSBOX;

    /** The catalogue key: {@code basis.journal-cloning}. */
    public String key() {
        return "basis." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean fromJournal() {
        return name().startsWith("JOURNAL_");
    }
}
