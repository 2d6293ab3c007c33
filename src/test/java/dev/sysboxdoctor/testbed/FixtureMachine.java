package dev.sysboxdoctor.testbed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A fixture machine root: the files Sysbox Doctor reads ({@code /proc}, {@code /etc},
 * systemd units, the sysbox-mgr journal) and fake commands in {@code bin/} (uname, systemctl,
 * journalctl, lsmod, modprobe, dpkg-query, sysbox-runc) that answer from those files.
 * The fake wsl.exe runs distro commands with {@code SYSBOX_DOCTOR_ROOT=<root>} and the root's
 * bin dirs first on PATH; the fake commands find their root the same way (or from their own
 * location). {@code systemctl restart sysbox} emulates a sysbox-mgr start: a new process
 * command line and a new journal start block computed from the kernel, shiftfs and the
 * effective ExecStart flags, as sysbox-mgr would log it (facts/sysbox.md §1).
 */
public final class FixtureMachine {
    public enum Shiftfs { LOADED, AVAILABLE, ABSENT }

    public static final String VENDOR_MGR_EXEC = "/usr/bin/sysbox-mgr";
    public static final int MGR_PID = 4242;

    private final Path root;
    private String release = "6.1.0-26-amd64";
    private String procVersion;
    private String osId = "debian";
    private String osVersionId = "12";
    private String osPretty = "Debian GNU/Linux 12 (bookworm)";
    private boolean systemd = true;
    private boolean wslInterop;
    private Shiftfs shiftfs = Shiftfs.ABSENT;
    private Map<String, String> kernelConfig;
    private String sysboxVersion;
    private final Map<String, String> mgrDropIns = new LinkedHashMap<>();
    private boolean mgrRunning = true;
    private List<String> runningMgrArgs;
    private List<String> journalMessages;
    private boolean journalFromStart = true;
    private boolean shiftfsPrecheckFails;
    private String wslPackageVersion;
    private final RealMachine real = new RealMachine();
    private List<String> sysboxStopHook;
    private Path sysboxDataRoot;

    private FixtureMachine(Path root) {
        this.root = root;
    }

    public static FixtureMachine at(Path root) {
        return new FixtureMachine(root);
    }

    // ---- presets (DESIGN.md "Fixture machines") ----

    /** WSL2 with the stock 5.15 kernel, systemd on, Sysbox 0.6.7: rootfs cloning, commit breaks. */
    public static FixtureMachine wsl2Kernel515WithSysbox(Path root) {
        return at(root).wsl("5.15.153.1-microsoft-standard-WSL2").ubuntu("22.04").sysbox("0.6.7");
    }

    /** WSL2 with the 6.6 kernel of WSL 2.5+: overlayfs on ID-mapped mounts, commit is safe. */
    public static FixtureMachine wsl2Kernel66WithSysbox(Path root) {
        return at(root).wsl("6.6.87.2-microsoft-standard-WSL2").ubuntu("24.04").sysbox("0.6.7");
    }

    /** Native Ubuntu 5.15 with shiftfs loaded whose precheck fails (Sysbox issue #868). */
    public static FixtureMachine ubuntu515ShiftfsPrecheckFails(Path root) {
        return at(root).kernel("5.15.0-138-generic").ubuntu("22.04").shiftfs(Shiftfs.LOADED).shiftfsPrecheckFails().sysbox("0.6.6")
                .journal(startBlock("0.6.6", "/var/lib/sysbox",
                        "Shiftfs module found in kernel: yes", "Shiftfs works properly: no",
                        "Shiftfs-on-overlayfs works properly: no", "ID-mapped mounts supported by kernel: yes",
                        "Overlayfs on ID-mapped mounts supported by kernel: no"));
    }

    /** The same machine after the override: a drop-in adds --disable-shiftfs-precheck and Sysbox restarted. */
    public static FixtureMachine ubuntu515ShiftfsOverride(Path root) {
        return ubuntu515ShiftfsPrecheckFails(root)
                .mgrDropIn("50-sysbox-doctor.conf", "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr --disable-shiftfs-precheck\n")
                .runningMgr(List.of(VENDOR_MGR_EXEC, "--disable-shiftfs-precheck"))
                .journal(startBlock("0.6.6", "/var/lib/sysbox", "Shiftfs module found in kernel: yes",
                        "ID-mapped mounts supported by kernel: yes", "Overlayfs on ID-mapped mounts supported by kernel: no"));
    }

    /** Native Debian 12 with its 6.1 kernel and Sysbox: ID-mapped, safe. */
    public static FixtureMachine debian61WithSysbox(Path root) {
        return at(root).kernel("6.1.0-26-amd64").sysbox("0.6.7");
    }

    /** A WSL1 distro: no real Linux kernel, no systemd; Sysbox cannot run. */
    public static FixtureMachine wsl1(Path root) {
        return at(root).kernel("4.4.0-19041-Microsoft")
                .procVersion("Linux version 4.4.0-19041-Microsoft (Microsoft@Microsoft.com) (gcc version 5.4.0 (GCC) ) #3393-Microsoft Mon Aug 14 14:52:00 PST 2023")
                .ubuntu("20.04").systemd(false).wslInterop(true);
    }

    /** Docker Desktop's own distro: its engine cannot use Sysbox. */
    public static FixtureMachine dockerDesktopDistro(Path root) {
        return at(root).wsl("6.6.87.2-microsoft-standard-WSL2").os("docker-desktop", "4.47.0", "Docker Desktop").systemd(false);
    }

    /** WSL2 5.15 without Sysbox. */
    public static FixtureMachine wsl2Kernel515NoSysbox(Path root) {
        return at(root).wsl("5.15.153.1-microsoft-standard-WSL2").ubuntu("22.04");
    }

    // ---- settings ----

    public FixtureMachine kernel(String osrelease) {
        this.release = osrelease;
        return this;
    }

    public FixtureMachine procVersion(String line) {
        this.procVersion = line;
        return this;
    }

    /** A WSL2 stock kernel: the release, Microsoft's /proc/version and the interop entry. */
    public FixtureMachine wsl(String osrelease) {
        return kernel(osrelease).wslInterop(true).procVersion("Linux version " + osrelease
                + " (root@65c757a075e2) (gcc (GCC) 11.2.0, GNU ld (GNU Binutils) 2.37) #1 SMP PREEMPT_DYNAMIC Thu Jun  5 18:30:46 UTC 2025");
    }

    public FixtureMachine ubuntu(String version) {
        return os("ubuntu", version, "Ubuntu " + version + " LTS");
    }

    public FixtureMachine os(String id, String versionId, String pretty) {
        this.osId = id;
        this.osVersionId = versionId;
        this.osPretty = pretty;
        return this;
    }

    public FixtureMachine systemd(boolean on) {
        this.systemd = on;
        return this;
    }

    public FixtureMachine wslInterop(boolean on) {
        this.wslInterop = on;
        return this;
    }

    /** A WSL distro's {@code wslinfo --version} answers this WSL package version (added for issue 3). */
    public FixtureMachine wslPackage(String version) {
        this.wslPackageVersion = version;
        return this;
    }

    public FixtureMachine shiftfs(Shiftfs state) {
        this.shiftfs = state;
        return this;
    }

    /** sysbox-mgr's shiftfs functional check fails on this machine (a false negative, #868/#922). */
    public FixtureMachine shiftfsPrecheckFails() {
        this.shiftfsPrecheckFails = true;
        return this;
    }

    /** Writes /proc/config.gz with these options (e.g. CONFIG_OVERLAY_FS=y). */
    public FixtureMachine kernelConfig(Map<String, String> options) {
        this.kernelConfig = new LinkedHashMap<>(options);
        return this;
    }

    /** Sysbox installed at this version (package sysbox-ce), units in /lib/systemd/system. */
    public FixtureMachine sysbox(String version) {
        this.sysboxVersion = version;
        return this;
    }

    public FixtureMachine mgrDropIn(String fileName, String content) {
        mgrDropIns.put(fileName, content);
        return this;
    }

    /** The running sysbox-mgr's argv; by default the effective ExecStart at write time. */
    public FixtureMachine runningMgr(List<String> argv) {
        this.runningMgrArgs = List.copyOf(argv);
        return this;
    }

    public FixtureMachine mgrStopped() {
        this.mgrRunning = false;
        return this;
    }

    /** The sysbox-mgr journal messages (msg= values); by default the start block sysbox-mgr would log. */
    public FixtureMachine journal(List<String> messages) {
        this.journalMessages = List.copyOf(messages);
        return this;
    }

    /** Leaves the journal empty (e.g. journald without persistent storage, or a fresh boot). */
    public FixtureMachine noJournal() {
        this.journalFromStart = false;
        this.journalMessages = List.of();
        return this;
    }

    /**
     * This machine's Sysbox is the test bed's: {@code systemctl stop|restart sysbox} runs the bed's
     * "Sysbox stops" action ({@link TestBed#sysboxStopCommand()}) and journals sysbox-mgr's stop
     * lines with the containers it named; {@code /var/lib/sysbox} shows the bed's clones.
     */
    public FixtureMachine sysboxOfTestBed() {
        return sysboxStopsWith(TestBed.sysboxStopCommand(), TestBed.sysboxDataRoot());
    }

    /** {@code systemctl stop|restart sysbox} runs argv (it prints the stopped container ids); dataRoot is linked at /var/lib/sysbox. */
    public FixtureMachine sysboxStopsWith(List<String> argv, Path dataRoot) {
        this.sysboxStopHook = List.copyOf(argv);
        this.sysboxDataRoot = dataRoot;
        return this;
    }

    public static List<String> startBlock(String version, String dataRoot, String... checks) {
        List<String> m = new ArrayList<>(List.of("Starting sysbox-mgr", "Edition: Community Edition (CE)",
                "Version: " + version, "Commit-ID: 0a1b2c3d", "Sysbox data root: " + dataRoot));
        m.addAll(List.of(checks));
        m.addAll(List.of("Operating in system container mode.", "Inner container image preloading enabled.",
                "Listening on /run/sysbox/sysmgr.sock", "Ready ..."));
        return m;
    }

    public Path root() {
        return root;
    }

    // ---- real-machine situations: texts as users pasted them in public issues (facts/failures.md B-E) ----

    /** sysbox-mgr's journal exactly as {@code journalctl -u sysbox-mgr} printed it on a real machine. */
    public FixtureMachine journalText(String text) {
        real.mgrJournal = text;
        return this;
    }

    /** sysbox-fs's journal exactly as {@code journalctl -u sysbox-fs} printed it. */
    public FixtureMachine fsJournalText(String text) {
        real.fsJournal = text;
        return this;
    }

    /** What {@code systemctl show UNIT} answers for ActiveState, SubState and Result. */
    public FixtureMachine unitState(String unit, String activeState, String subState, String result) {
        real.unitStates.put(unit, "ActiveState=" + activeState + "\nSubState=" + subState + "\nResult=" + result + "\n");
        return this;
    }

    /** /proc/sys/kernel/unprivileged_userns_clone (Debian/Ubuntu kernels only). */
    public FixtureMachine usernsClone(int value) {
        real.usernsClone = value;
        return this;
    }

    /** {@code wslinfo --networking-mode} answers this (and {@code --version} the WSL package version). */
    public FixtureMachine wslNetworkingMode(String mode) {
        real.networkingMode = mode;
        return this;
    }

    /** A fake {@code docker} CLI whose {@code docker info --format '{{json .}}'} prints this JSON and lists no containers. */
    public FixtureMachine dockerInfo(String json) {
        real.dockerInfo = json;
        return this;
    }

    /** Replaces the vendor unit's ExecStart line of sysbox.service or sysbox-fs.service (a flag edited in the wrong place). */
    public FixtureMachine vendorExecStart(String unit, String execStart) {
        real.vendorExecStarts.put(unit, execStart);
        return this;
    }

    /** A file sysbox-mgr logs to ({@code --log=PATH} in its ExecStart) and its content. */
    public FixtureMachine mgrLogFile(String path, String content) {
        real.mgrLogPath = path;
        real.mgrLog = content;
        return this;
    }

    /** fusermount3 exists in /usr/bin (sysbox-fs needs it). */
    public FixtureMachine fusermount3() {
        real.fusermount3 = true;
        return this;
    }

    /** Native Ubuntu 22.04, 5.15.0-138 with shiftfs loaded, Sysbox 0.6.6, journal not readable as this user (#868, #922). */
    public static FixtureMachine ubuntu515ShiftfsLoadedJournalUnreadable(Path root) {
        return at(root).kernel("5.15.0-138-generic").ubuntu("22.04").shiftfs(Shiftfs.LOADED).sysbox("0.6.6").fusermount3()
                .journalText(RealTexts.JOURNAL_NOT_READABLE);
    }

    /** WSL2 5.15 with Sysbox 0.6.6 and the journal of #868, times in logrus's local format. */
    public static FixtureMachine wsl515RealJournal(Path root) {
        return at(root).wsl("5.15.153.1-microsoft-standard-WSL2").ubuntu("22.04").sysbox("0.6.6").fusermount3()
                .journalText(RealTexts.JOURNAL_868_WSL);
    }

    /** Sysbox installed but sysbox-mgr failed to start: its journal (or systemd's) says why. */
    public static FixtureMachine mgrFailed(Path root, String sysboxVersion, String journal, String result) {
        return at(root).kernel("6.1.0-26-amd64").sysbox(sysboxVersion).fusermount3().mgrStopped()
                .unitState("sysbox-mgr.service", "failed", "failed", result).journalText(journal);
    }

    /** sysbox-fs failed; its journal says why. */
    public static FixtureMachine fsFailed(Path root, String fsJournal) {
        return at(root).kernel("6.14.0-15-generic").ubuntu("25.04").sysbox("0.7.1")
                .unitState("sysbox-fs.service", "failed", "failed", "exit-code").fsJournalText(fsJournal);
    }

    /** WSL2 6.6 with Sysbox 0.7.1 and mirrored networking. */
    public static FixtureMachine wslMirrored(Path root) {
        return at(root).wsl("6.6.87.2-microsoft-standard-WSL2").ubuntu("24.04").sysbox("0.7.1").fusermount3()
                .wslPackage("2.6.1").wslNetworkingMode("mirrored");
    }

    // ---- writing ----

    public Path write() {
        try {
            writeProc();
            writeEtc();
            writeCommands();
            if (sysboxVersion != null) {
                writeSysbox();
            }
            real.write(root, wslPackageVersion);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeProc() throws IOException {
        String pv = procVersion != null ? procVersion
                : "Linux version " + release + " (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.112-1 (2024-09-30)";
        text("proc/version", pv + "\n");
        text("proc/sys/kernel/osrelease", release + "\n");
        StringBuilder modules = new StringBuilder();
        if (shiftfs == Shiftfs.LOADED) {
            modules.append("shiftfs 32768 0 - Live 0x0000000000000000\n");
        }
        modules.append("overlay 151552 0 - Live 0x0000000000000000\n");
        text("proc/modules", modules.toString());
        text("proc/filesystems", "nodev\tsysfs\nnodev\ttmpfs\nnodev\tproc\nnodev\toverlay\n\text4\n"
                + (shiftfs == Shiftfs.LOADED ? "nodev\tshiftfs\n" : ""));
        if (shiftfs != Shiftfs.ABSENT) {
            text("lib/modules/" + release + "/kernel/ubuntu/shiftfs/shiftfs.ko", "");
        }
        if (kernelConfig != null) {
            Path p = file("proc/config.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                for (var e : kernelConfig.entrySet()) {
                    out.write((e.getKey() + "=" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        if (wslInterop) {
            text("proc/sys/fs/binfmt_misc/WSLInterop", "enabled\ninterpreter /init\nflags: PF\noffset 0\nmagic 4d5a\n");
        }
        if (systemd) {
            Files.createDirectories(root.resolve("run/systemd/system"));
            text("proc/1/comm", "systemd\n");
        } else {
            text("proc/1/comm", "init\n");
        }
    }

    private void writeEtc() throws IOException {
        text("etc/os-release", "PRETTY_NAME=\"" + osPretty + "\"\nNAME=\"" + osPretty.split(" ")[0] + "\"\nVERSION_ID=\""
                + osVersionId + "\"\nID=" + osId + "\n");
        text("etc/hostname", "fixture\n");
    }

    private void writeSysbox() throws IOException {
        text("lib/systemd/system/sysbox.service", """
                [Unit]
                Description=Sysbox container runtime
                Documentation=https://github.com/nestybox/sysbox
                BindsTo=sysbox-mgr.service sysbox-fs.service
                After=sysbox-mgr.service sysbox-fs.service
                Before=docker.service containerd.service

                [Service]
                Type=exec
                ExecStart=/bin/sh -c "/usr/bin/sysbox-runc --version && /usr/bin/sysbox-mgr --version && /usr/bin/sysbox-fs --version && /bin/sleep infinity"

                [Install]
                WantedBy=multi-user.target
                """);
        text("lib/systemd/system/sysbox-mgr.service", """
                [Unit]
                Description=sysbox-mgr (part of the Sysbox container runtime)
                PartOf=sysbox.service
                After=user.slice

                [Service]
                Type=simple
                Type=notify
                ExecStart=/usr/bin/sysbox-mgr
                TimeoutStartSec=45
                TimeoutStopSec=90
                StartLimitInterval=0
                NotifyAccess=main
                OOMScoreAdjust=-500
                LimitNOFILE=infinity
                LimitNPROC=infinity

                [Install]
                WantedBy=sysbox.service
                """);
        text("lib/systemd/system/sysbox-fs.service", """
                [Unit]
                Description=sysbox-fs (part of the Sysbox container runtime)
                PartOf=sysbox.service
                After=sysbox-mgr.service

                [Service]
                Type=simple
                Type=notify
                ExecStart=/usr/bin/sysbox-fs
                TimeoutStartSec=10
                TimeoutStopSec=10

                [Install]
                WantedBy=sysbox.service
                """);
        for (var d : mgrDropIns.entrySet()) {
            text("etc/systemd/system/sysbox-mgr.service.d/" + d.getKey(), d.getValue());
        }
        text("var/lib/fixture/sysbox-version", sysboxVersion + "\n");
        if (shiftfsPrecheckFails) {
            text("var/lib/fixture/shiftfs-precheck-fails", "");
        }
        executable("usr/bin/sysbox-runc", """
                #!/bin/sh
                R=${SYSBOX_DOCTOR_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
                case "$1" in
                  --version|-v)
                    printf 'sysbox-runc\\n\\tedition: \\tCommunity Edition (CE)\\n\\tversion: \\t%s\\n\\tcommit: \\t0a1b2c3d\\n\\tbuilt at: \\tMon Jan  6 20:00:00 UTC 2025\\n\\tbuilt by: \\tCesar Talledo\\n\\toci-specs: \\t1.1.0+dev\\n' "$(cat "$R/var/lib/fixture/sysbox-version")" ;;
                  *) echo "sysbox-runc (fixture): $*" >&2; exit 1 ;;
                esac
                """);
        executable("usr/bin/sysbox-mgr", "#!/bin/sh\necho 'sysbox-mgr (fixture) does not run' >&2\nexit 1\n");
        executable("usr/bin/sysbox-fs", "#!/bin/sh\necho 'sysbox-fs (fixture) does not run' >&2\nexit 1\n");
        Files.createDirectories(root.resolve("var/log/fixture"));
        List<String> argv = runningMgrArgs != null ? runningMgrArgs : effectiveMgrArgv();
        if (mgrRunning) {
            text("proc/" + MGR_PID + "/comm", "sysbox-mgr\n");
            text("proc/" + MGR_PID + "/cmdline", String.join("\0", argv) + "\0");
        }
        List<String> messages = journalMessages != null ? journalMessages : defaultStartBlock(argv);
        StringBuilder j = new StringBuilder();
        for (String m : messages) {
            j.append("Nov 28 09:00:00 fixture sysbox-mgr[").append(MGR_PID).append("]: time=\"2026-11-28T09:00:00Z\" level=info msg=\"")
                    .append(m).append("\"\n");
        }
        text("var/log/fixture/journal-sysbox-mgr.log", journalFromStart ? j.toString() : "");
        writeSysboxStopHook();
    }

    private void writeSysboxStopHook() throws IOException {
        if (sysboxStopHook == null) {
            return;
        }
        StringBuilder sh = new StringBuilder("#!/bin/sh\nexec");
        for (String a : sysboxStopHook) {
            sh.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        executable("var/lib/fixture/on-sysbox-stop", sh.append('\n').toString());
        if (sysboxDataRoot != null) {
            Path link = file("var/lib/sysbox");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, sysboxDataRoot);
        }
    }

    /** The ExecStart systemd would run: vendor unit, then drop-ins in name order (an empty ExecStart= resets). */
    private List<String> effectiveMgrArgv() {
        String exec = VENDOR_MGR_EXEC;
        for (String content : new java.util.TreeMap<>(mgrDropIns).values()) {
            for (String line : content.split("\n")) {
                if (line.startsWith("ExecStart=")) {
                    exec = line.substring("ExecStart=".length()).trim();
                }
            }
        }
        return List.of(exec.split("\\s+"));
    }

    /** What sysbox-mgr logs at start on this kernel with these flags (the same logic as the fake systemctl). */
    private List<String> defaultStartBlock(List<String> argv) {
        boolean disableShiftfs = argv.contains("--disable-shiftfs");
        boolean noPrecheck = argv.contains("--disable-shiftfs-precheck");
        boolean ovfsIdmap = kernelAtLeast(5, 19);
        List<String> checks = new ArrayList<>();
        if (disableShiftfs) {
            checks.add("Use of shiftfs disabled.");
        } else {
            boolean loaded = shiftfs != Shiftfs.ABSENT;
            checks.add("Shiftfs module found in kernel: " + (loaded ? "yes" : "no"));
            if (loaded && !noPrecheck) {
                String works = shiftfsPrecheckFails ? "no" : "yes";
                checks.add("Shiftfs works properly: " + works);
                checks.add("Shiftfs-on-overlayfs works properly: " + works);
            }
        }
        checks.add(argv.contains("--disable-idmapped-mount") ? "Use of ID-mapped mounts disabled."
                : "ID-mapped mounts supported by kernel: " + (kernelAtLeast(5, 12) ? "yes" : "no"));
        checks.add(argv.contains("--disable-ovfs-on-idmapped-mount") ? "Use of overlayfs on ID-mapped mounts disabled."
                : "Overlayfs on ID-mapped mounts supported by kernel: " + (ovfsIdmap ? "yes" : "no"));
        if (argv.contains("--disable-rootfs-cloning")) {
            checks.add("Rootfs cloning disabled.");
        }
        return startBlock(sysboxVersion, "/var/lib/sysbox", checks.toArray(String[]::new));
    }

    private boolean kernelAtLeast(int major, int minor) {
        String[] p = release.split("[.-]");
        int ma = Integer.parseInt(p[0]);
        int mi = Integer.parseInt(p[1]);
        return ma > major || (ma == major && mi >= minor);
    }

    private void writeCommands() throws IOException {
        String findRoot = "R=${SYSBOX_DOCTOR_ROOT:-$(cd \"$(dirname \"$0\")/..\" && pwd)}\n";
        executable("bin/uname", "#!/bin/sh\n" + findRoot + """
                rel=$(cat "$R/proc/sys/kernel/osrelease")
                case "${1:-}" in
                  -r) echo "$rel" ;;
                  -m) echo x86_64 ;;
                  -a) echo "Linux fixture $rel #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux" ;;
                  *) echo Linux ;;
                esac
                """);
        executable("bin/lsmod", "#!/bin/sh\n" + findRoot + """
                echo 'Module                  Size  Used by'
                awk '{ printf "%-24s%7s  %s\\n", $1, $2, $3 }' "$R/proc/modules"
                """);
        executable("bin/modprobe", "#!/bin/sh\n" + findRoot + """
                mod="" dry=0
                for a in "$@"; do case "$a" in -n|--dry-run) dry=1 ;; -*) ;; *) mod=$a ;; esac; done
                rel=$(cat "$R/proc/sys/kernel/osrelease")
                if grep -q "^$mod " "$R/proc/modules"; then exit 0; fi
                if [ -n "$(find "$R/lib/modules/$rel" -name "$mod.ko" 2>/dev/null)" ]; then
                  [ "$dry" = 1 ] && exit 0
                  echo "$mod 32768 0 - Live 0x0000000000000000" >> "$R/proc/modules"
                  exit 0
                fi
                echo "modprobe: FATAL: Module $mod not found in directory /lib/modules/$rel" >&2
                exit 1
                """);
        executable("bin/dpkg-query", "#!/bin/sh\n" + findRoot + """
                pkg=""
                for a in "$@"; do pkg=$a; done
                if [ "$pkg" = "sysbox-ce" ] && [ -f "$R/var/lib/fixture/sysbox-version" ]; then
                  case "$*" in
                    *-f*|*--showformat*) printf '%s-0.linux' "$(cat "$R/var/lib/fixture/sysbox-version")" ;;
                    *) printf 'sysbox-ce\\t%s-0.linux\\n' "$(cat "$R/var/lib/fixture/sysbox-version")" ;;
                  esac
                  exit 0
                fi
                echo "dpkg-query: no packages found matching $pkg" >&2
                exit 1
                """);
        executable("bin/journalctl", "#!/bin/sh\n" + findRoot + """
                unit="" cat=0
                while [ $# -gt 0 ]; do
                  case "$1" in
                    -u|--unit) unit=$2; shift ;;
                    --unit=*) unit=${1#--unit=} ;;
                    -o) [ "$2" = cat ] && cat=1; shift ;;
                    --output=cat) cat=1 ;;
                    -n|--lines|--since|-S|-b|--boot) case "${2:-}" in -*|"") ;; *) shift ;; esac ;;
                  esac
                  shift
                done
                unit=${unit%.service}
                f="$R/var/log/fixture/journal-$unit.log"
                if [ ! -s "$f" ]; then echo "-- No entries --"; exit 0; fi
                if [ "$cat" = 1 ]; then sed 's/^[^]]*]: //' "$f"; else cat "$f"; fi
                """);
        executable("bin/systemctl", "#!/bin/sh\n" + findRoot + SYSTEMCTL);
        if (wslPackageVersion != null) {
            executable("bin/wslinfo", "#!/bin/sh\ncase \"$1\" in --version) echo '" + wslPackageVersion + "' ;; *) exit 1 ;; esac\n");
        }
    }

    /**
     * The fake systemctl. {@code restart} emulates a sysbox-mgr start with the effective flags:
     * the same decision as {@link #defaultStartBlock}, in sh.
     */
    private static final String SYSTEMCTL = """
            log="$R/var/log/fixture/systemctl.log"
            mkdir -p "$R/var/log/fixture"
            if [ ! -d "$R/run/systemd/system" ]; then
              echo "System has not been booted with systemd as init system (PID 1). Can't operate." >&2
              echo "Failed to connect to bus: Host is down" >&2
              exit 1
            fi
            effective_exec() { # unit -> the effective ExecStart command line
              u=${1%.service}
              e=$(sed -n 's/^ExecStart=//p' "$R/lib/systemd/system/$u.service" 2>/dev/null | tail -n 1)
              for f in $(ls "$R/etc/systemd/system/$u.service.d/"*.conf 2>/dev/null | sort); do
                while IFS= read -r line; do
                  case "$line" in ExecStart=*) e=${line#ExecStart=} ;; esac
                done < "$f"
              done
              echo "$e"
            }
            ver_ge() { # release major minor
              ma=$(echo "$1" | cut -d. -f1); mi=$(echo "$1" | cut -d. -f2 | cut -d- -f1)
              [ "$ma" -gt "$2" ] || { [ "$ma" -eq "$2" ] && [ "$mi" -ge "$3" ]; }
            }
            mgr_start() {
              exec_line=$(effective_exec sysbox-mgr)
              printf '%s' "$exec_line" | tr ' ' '\\0' > "$R/proc/4242/cmdline.new"
              printf '\\0' >> "$R/proc/4242/cmdline.new"
              mkdir -p "$R/proc/4242"; mv "$R/proc/4242/cmdline.new" "$R/proc/4242/cmdline"; echo sysbox-mgr > "$R/proc/4242/comm"
              rel=$(cat "$R/proc/sys/kernel/osrelease")
              has() { case " $exec_line " in *" $1 "*) return 0 ;; esac; return 1; }
              j="$R/var/log/fixture/journal-sysbox-mgr.log"
              ts=$(date -u +%Y-%m-%dT%H:%M:%SZ); day=$(date -u '+%b %d %H:%M:%S')
              say() { echo "$day fixture sysbox-mgr[4242]: time=\\"$ts\\" level=info msg=\\"$1\\"" >> "$j"; }
              say "Starting sysbox-mgr"; say "Edition: Community Edition (CE)"
              say "Version: $(cat "$R/var/lib/fixture/sysbox-version")"; say "Commit-ID: 0a1b2c3d"
              say "Sysbox data root: /var/lib/sysbox"
              if has --disable-shiftfs; then say "Use of shiftfs disabled."
              else
                if grep -q '^shiftfs ' "$R/proc/modules" || [ -n "$(find "$R/lib/modules/$rel" -name shiftfs.ko 2>/dev/null)" ]; then
                  say "Shiftfs module found in kernel: yes"
                  if ! has --disable-shiftfs-precheck; then
                    w=yes; [ -f "$R/var/lib/fixture/shiftfs-precheck-fails" ] && w=no
                    say "Shiftfs works properly: $w"; say "Shiftfs-on-overlayfs works properly: $w"
                  fi
                else say "Shiftfs module found in kernel: no"; fi
              fi
              if has --disable-idmapped-mount; then say "Use of ID-mapped mounts disabled."
              else if ver_ge "$rel" 5 12; then say "ID-mapped mounts supported by kernel: yes"; else say "ID-mapped mounts supported by kernel: no"; fi; fi
              if has --disable-ovfs-on-idmapped-mount; then say "Use of overlayfs on ID-mapped mounts disabled."
              else if ver_ge "$rel" 5 19; then say "Overlayfs on ID-mapped mounts supported by kernel: yes"; else say "Overlayfs on ID-mapped mounts supported by kernel: no"; fi; fi
              if has --disable-rootfs-cloning; then say "Rootfs cloning disabled."; fi
              say "Operating in system container mode."; say "Inner container image preloading enabled."
              say "Listening on /run/sysbox/sysmgr.sock"; say "Ready ..."
            }
            mgr_stop() {
              # sysbox-mgr's Stop(): the registered containers (running or stopped) lose their clones.
              [ -f "$R/var/lib/fixture/stopped-sysbox-mgr" ] && return 0
              j="$R/var/log/fixture/journal-sysbox-mgr.log"
              ts=$(date -u +%Y-%m-%dT%H:%M:%SZ); day=$(date -u '+%b %d %H:%M:%S')
              say() { echo "$day fixture sysbox-mgr[4242]: time=\\"$ts\\" level=$1 msg=\\"$2\\"" >> "$j"; }
              say info "Stopping (gracefully) ..."
              if [ -x "$R/var/lib/fixture/on-sysbox-stop" ]; then
                ids=$("$R/var/lib/fixture/on-sysbox-stop" 2>>"$log")
                if [ -n "$ids" ]; then
                  say warning "The following containers are active and will stop operating properly:"
                  for id in $ids; do say warning "container id: $(echo "$id" | cut -c1-12)"; done
                fi
              fi
              say info "Stopped."
            }
            cmd=""; units=""; prop=""; value=0
            for a in "$@"; do
              case "$a" in
                --value) value=1 ;;
                --property=*) prop=${a#--property=} ;;
                -p) prop=next ;;
                --no-pager|--no-legend|--quiet|-q|--plain) ;;
                *) if [ "$prop" = next ]; then prop=$a; elif [ -z "$cmd" ]; then cmd=$a; else units="$units $a"; fi ;;
              esac
            done
            echo "$cmd$units" >> "$log"
            u=$(echo $units | cut -d' ' -f1); u=${u%.service}
            case "$cmd" in
              is-system-running) echo running ;;
              daemon-reload) ;;
              is-active)
                if [ -f "$R/lib/systemd/system/$u.service" ] && [ ! -f "$R/var/lib/fixture/stopped-$u" ]; then echo active; else echo inactive; exit 3; fi ;;
              cat)
                [ -f "$R/lib/systemd/system/$u.service" ] || { echo "No files found for $u.service." >&2; exit 1; }
                echo "# /lib/systemd/system/$u.service"; cat "$R/lib/systemd/system/$u.service"
                for f in $(ls "$R/etc/systemd/system/$u.service.d/"*.conf 2>/dev/null | sort); do
                  echo; echo "# ${f#$R}"; cat "$f"
                done ;;
              show)
                e=$(effective_exec "$u")
                for prop in $(echo "$prop" | tr ',' ' '); do
                case "$prop" in
                  ExecStart) v="{ path=${e%% *} ; argv[]=$e ; ignore_errors=no ; start_time=[n/a] ; stop_time=[n/a] ; pid=0 ; code=(null) ; status=0/0 }" ;;
                  FragmentPath) v="/lib/systemd/system/$u.service" ;;
                  DropInPaths) v=$(ls "$R/etc/systemd/system/$u.service.d/"*.conf 2>/dev/null | sed "s|^$R||" | tr '\\n' ' ') ;;
                  ActiveState) v=active ;;
                  MainPID) v=4242 ;;
                  *) v="" ;;
                esac
                [ -f "$R/var/lib/fixture/show-$u" ] && grep -q "^$prop=" "$R/var/lib/fixture/show-$u" && v=$(sed -n "s/^$prop=//p" "$R/var/lib/fixture/show-$u")
                if [ "$value" = 1 ]; then echo "$v"; else echo "$prop=$v"; fi
                done ;;
              restart|start|try-restart|reload-or-restart)
                [ -f "$R/lib/systemd/system/$u.service" ] || { echo "Failed to $cmd $u.service: Unit $u.service not found." >&2; exit 5; }
                [ -f "$R/var/lib/fixture/fail-$cmd-$u" ] && { echo "Job for $u.service failed because the control process exited with error code." >&2; exit 1; }
                case "$cmd:$u" in start:*) ;; *:sysbox|*:sysbox-mgr) mgr_stop ;; esac
                rm -f "$R/var/lib/fixture/stopped-$u" "$R/var/lib/fixture/stopped-sysbox-mgr"
                case "$u" in sysbox|sysbox-mgr) mgr_start ;; esac ;;
              stop)
                case "$u" in sysbox|sysbox-mgr) mgr_stop; touch "$R/var/lib/fixture/stopped-sysbox-mgr" ;; esac
                touch "$R/var/lib/fixture/stopped-$u" ;;
              *) echo "Unknown command verb $cmd." >&2; exit 1 ;;
            esac
            """;

    private Path file(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        return p;
    }

    private void text(String relative, String content) throws IOException {
        Files.writeString(file(relative), content, StandardCharsets.UTF_8);
    }

    private void executable(String relative, String content) throws IOException {
        Path p = file(relative);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
