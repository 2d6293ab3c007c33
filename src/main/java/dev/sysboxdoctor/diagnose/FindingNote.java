package dev.sysboxdoctor.diagnose;

import java.util.List;
import java.util.Locale;

/**
 * A sentence a finding's detail carries only when a condition holds (appended after the detail).
 * Its arguments come from the finding's own arguments.
 */
public enum FindingNote {
    /** Sysbox is Docker's default runtime, so docker build is affected too. */
    DEFAULT_RUNTIME_AFFECTS_BUILD,
    /** Sysbox 0.6.7 fixed a false negative of the shiftfs precheck. */
    UPGRADE_MAY_FIX_PRECHECK,
    /** This Sysbox predates --disable-shiftfs-precheck (0.6.2). */
    SYSBOX_PREDATES_PRECHECK_FLAG(Arg.SYSBOX_VERSION),
    /** Until a restart Sysbox keeps the mode its journal shows. */
    KEEPS_MODE_UNTIL_RESTART(Arg.MODE),
    /** The engine is Docker Desktop's, which cannot use Sysbox. */
    DOCKER_DESKTOP_CANNOT_USE_SYSBOX,
    /** Sysbox already stopped while these containers were registered: their earlier changes are gone. */
    CHANGES_ALREADY_LOST(Arg.LOST, Arg.LOST_COUNT),
    /** The same, with the time of the stop. */
    CHANGES_ALREADY_LOST_AT(Arg.STOPPED_AT, Arg.LOST, Arg.LOST_COUNT);

    private final List<Arg> args;

    FindingNote(Arg... args) {
        this.args = List.of(args);
    }

    public List<Arg> args() {
        return args;
    }

    /** The catalogue key: {@code note.keeps-mode-until-restart}. */
    public String key() {
        return "note." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
