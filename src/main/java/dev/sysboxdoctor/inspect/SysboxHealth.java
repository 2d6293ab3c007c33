package dev.sysboxdoctor.inspect;

import java.util.List;

/**
 * Whether Sysbox's daemons are up, and why not.
 *
 * @param mgrUnit        sysbox-mgr.service as systemd sees it
 * @param mgrFailure     the cause of sysbox-mgr's failed start (null: none seen)
 * @param fsUnit         sysbox-fs.service as systemd sees it
 * @param fsFailure      the cause sysbox-fs's journal shows (null: none seen)
 * @param fusermount     fusermount or fusermount3 is on PATH
 * @param misplacedFlags sysbox-mgr flags written into sysbox.service or sysbox-fs.service
 * @param mgrLogFile     the file sysbox-mgr logs to ({@code --log=}), null when it logs to the journal
 */
public record SysboxHealth(UnitState mgrUnit, MgrFailure mgrFailure, UnitState fsUnit, FsFailure fsFailure, Tri fusermount,
                           List<MisplacedFlag> misplacedFlags, String mgrLogFile) {
    public static final SysboxHealth UNKNOWN = new SysboxHealth(UnitState.UNKNOWN, null, UnitState.UNKNOWN, null, Tri.UNKNOWN,
            List.of(), null);

    public SysboxHealth {
        misplacedFlags = List.copyOf(misplacedFlags);
    }
}
