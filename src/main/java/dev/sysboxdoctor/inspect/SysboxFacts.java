package dev.sysboxdoctor.inspect;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Sysbox on one target.
 *
 * @param version          from {@code sysbox-runc --version} or dpkg (null if unknown)
 * @param versionSource    where the version came from, for evidence
 * @param execStart        sysbox-mgr's effective ExecStart after drop-ins (null if no unit found)
 * @param unitFiles        the unit file and drop-ins that make up the effective ExecStart, in order
 * @param configuredFlags  flags in the effective ExecStart (what the next start will use)
 * @param mgrRunning       a sysbox-mgr process is running
 * @param runningFlags     flags of the running process (empty when not running or unknown)
 * @param mgrStartedAt     when the running sysbox-mgr started (systemd's ActiveEnterTimestamp), null if unknown
 * @param configChangedAt  newest modification time of the unit file and drop-ins, null if unknown
 * @param needDaemonReload systemd says units changed on disk since the last daemon-reload
 * @param lastStart        the journal's last start block (null if none could be read)
 * @param health           whether sysbox-mgr and sysbox-fs are up, and why not
 * @param clones           the rootfs clones that hold Sysbox containers' changes, and sysbox-mgr's stops
 */
public record SysboxFacts(Tri installed, String version, String versionSource, String execStart, List<String> unitFiles,
                          List<String> configuredFlags, Tri mgrRunning, List<String> runningFlags, Instant mgrStartedAt,
                          Instant configChangedAt, Tri needDaemonReload, MgrStartBlock lastStart, List<Gap> gaps,
                          SysboxHealth health, CloneFacts clones) {
    public SysboxFacts {
        health = health == null ? SysboxHealth.UNKNOWN : health;
        clones = clones == null ? CloneFacts.unknown() : clones;
        unitFiles = List.copyOf(unitFiles);
        configuredFlags = List.copyOf(configuredFlags);
        runningFlags = List.copyOf(runningFlags);
        gaps = List.copyOf(gaps);
    }

    /** Facts without the daemons' health or the clones (not asked). */
    public SysboxFacts(Tri installed, String version, String versionSource, String execStart, List<String> unitFiles,
                       List<String> configuredFlags, Tri mgrRunning, List<String> runningFlags, Instant mgrStartedAt,
                       Instant configChangedAt, Tri needDaemonReload, MgrStartBlock lastStart, List<Gap> gaps) {
        this(installed, version, versionSource, execStart, unitFiles, configuredFlags, mgrRunning, runningFlags, mgrStartedAt,
                configChangedAt, needDaemonReload, lastStart, gaps, SysboxHealth.UNKNOWN, CloneFacts.unknown());
    }

    public static SysboxFacts unknown(List<Gap> gaps) {
        return new SysboxFacts(Tri.UNKNOWN, null, null, null, List.of(), List.of(), Tri.UNKNOWN, List.of(), null, null,
                Tri.UNKNOWN, null, gaps);
    }

    /** The flags sysbox-mgr uses now: the running process's when known, else the configured ones. */
    public List<String> effectiveFlags() {
        return mgrRunning.isYes() && !runningFlags.isEmpty() ? runningFlags : configuredFlags;
    }

    /** The flag is set: {@code --flag} or {@code --flag=true} (not {@code --flag=false}). */
    public boolean hasFlag(String flag) {
        return flagSet(effectiveFlags(), flag);
    }

    /** {@code --flag}, {@code --flag=true} or {@code --flag=1} in these argv words; {@code --flag=false} is off. */
    public static boolean flagSet(List<String> words, String flag) {
        boolean on = false;
        for (String w : words) {
            String x = w.startsWith("--") ? w : w.startsWith("-") ? "-" + w : w;
            if (x.equals(flag)) {
                on = true;
            } else if (x.startsWith(flag + "=")) {
                String v = x.substring(flag.length() + 1).toLowerCase(Locale.ROOT);
                on = v.equals("true") || v.equals("1") || v.equals("yes") || v.equals("t");
            }
        }
        return on;
    }
}
