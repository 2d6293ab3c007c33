package dev.sysboxdoctor.diagnose;

/**
 * English titles and details of the findings about Sysbox's daemons, the host around them and
 * Docker's settings, in one place (one title and one detail per finding id).
 */
final class HealthTexts {
    /** The newest Sysbox release; older ones are named in the upgrade advice. */
    static final String CURRENT_RELEASE = "0.7.1";

    private HealthTexts() {}

    static String mgrDownTitle(String id) {
        return switch (id) {
            case FindingIds.SYSBOX_MGR_MISSING_TOOL -> "sysbox-mgr does not start: a tool it needs is missing";
            case FindingIds.SYSBOX_MGR_IDMAP_CHECK_FAILED -> "sysbox-mgr does not start: its ID-mapping check fails";
            case FindingIds.SYSBOX_MGR_SUBID -> "sysbox-mgr does not start: it cannot set up subordinate IDs";
            case FindingIds.SYSBOX_MGR_START_TIMEOUT -> "sysbox-mgr does not start: systemd timed it out";
            case FindingIds.SYSBOX_MGR_STALE_PIDFILE -> "sysbox-mgr does not start: a stale pid file";
            case FindingIds.SYSBOX_MGR_DATA_ROOT_FS -> "sysbox-mgr does not start: its data root is on the wrong filesystem";
            default -> "sysbox-mgr is not running";
        };
    }

    static String mgrDownDetail(String id) {
        String tail = " Until it runs, no Sysbox container starts and which method Sysbox uses cannot be told, so whether docker commit "
                + "is safe is unknown.";
        return switch (id) {
            case FindingIds.SYSBOX_MGR_MISSING_TOOL -> "sysbox-mgr's preflight check found a host tool missing (the line names it: rsync, "
                    + "modprobe or iptables). Install it (e.g. 'apt-get install rsync'), then 'systemctl restart sysbox'." + tail;
            case FindingIds.SYSBOX_MGR_IDMAP_CHECK_FAILED -> "sysbox-mgr tests ID-mapped mounts in its data root (/var/lib/sysbox) and "
                    + "stops when that filesystem cannot be ID-mapped (Sysbox issue #796). Put the data root on ext4 (sysbox-mgr "
                    + "--data-root), or add --disable-idmapped-mount to sysbox-mgr's ExecStart; without ID-mapped mounts Sysbox falls "
                    + "back to shiftfs or rootfs cloning, which breaks docker commit." + tail;
            case FindingIds.SYSBOX_MGR_SUBID -> "sysbox-mgr could not read /etc/subuid, /etc/subgid or /etc/login.defs: Sysbox 0.6.5 and "
                    + "older parse login.defs comment lines as settings (Debian 11/12, issue #870), and the subuid and subgid ranges "
                    + "of user 'sysbox' must be equal (issue #566). Upgrade Sysbox (0.6.6 or newer; " + CURRENT_RELEASE
                    + " is current) or make the two ranges equal, then 'systemctl restart sysbox'." + tail;
            case FindingIds.SYSBOX_MGR_START_TIMEOUT -> "systemd stopped sysbox-mgr because it did not report ready in time "
                    + "(TimeoutStartSec=45). It usually hangs probing the shiftfs module ('modprobe shiftfs', issue #576): on kernel "
                    + "5.19 or newer add --disable-shiftfs to sysbox-mgr's ExecStart (a drop-in), then 'systemctl daemon-reload && "
                    + "systemctl restart sysbox'." + tail;
            case FindingIds.SYSBOX_MGR_STALE_PIDFILE -> "sysbox-mgr found /run/sysbox/sysmgr.pid naming a process that still runs "
                    + "(issue #713). Make sure no other sysbox-mgr runs, remove /run/sysbox/sysmgr.pid, then 'systemctl restart sysbox'."
                    + tail;
            case FindingIds.SYSBOX_MGR_DATA_ROOT_FS -> "sysbox-mgr's data root must be on a regular filesystem such as ext4, not "
                    + "overlayfs or tmpfs (e.g. inside a container or on a live system). Point --data-root at an ext4 directory in "
                    + "sysbox-mgr's ExecStart, then 'systemctl daemon-reload && systemctl restart sysbox'." + tail;
            default -> "Sysbox is installed but its manager is not running. Start it with 'systemctl start sysbox' and read "
                    + "'journalctl -u sysbox-mgr' (as root) if it fails again." + tail;
        };
    }

    static final String FS_TITLE = "sysbox-fs is not working";

    static String fsDetail(dev.sysboxdoctor.inspect.FsFailure.Cause cause) {
        String tail = " Sysbox containers fail to start with 'failed to pre-register with sysbox-fs' until it works.";
        return switch (cause) {
            case FUSERMOUNT_MISSING -> "sysbox-fs mounts its FUSE filesystem with fusermount (Sysbox 0.7 uses fusermount3), which is "
                    + "not installed (issue #448). Install the fuse3 package (older Sysbox: fuse), then 'systemctl restart sysbox'." + tail;
            case APPARMOR_DENIED -> "AppArmor's fusermount3 profile denies sysbox-fs's mount (Ubuntu 25.04 and newer, issues #947 and "
                    + "#1005). Put that profile in complain mode ('aa-complain /etc/apparmor.d/fusermount3', from apparmor-utils), "
                    + "then 'systemctl restart sysbox'." + tail;
            case OTHER -> "sysbox-fs.service is not running. Read 'journalctl -u sysbox-fs' as root for the cause, then "
                    + "'systemctl restart sysbox'." + tail;
        };
    }

    static String tooOldTitle(String version) {
        return "Sysbox " + version + " is outdated (" + CURRENT_RELEASE + " is current)";
    }

    static String tooOldDetail(boolean before067) {
        String common = "Docker 28.5.2 and newer inside a Sysbox container (runc 1.3.3) fails with 'unsafe procfs detected: openat2 "
                + "/proc/./sys/net/ipv4/ip_unprivileged_port_start: invalid cross-device link' under Sysbox older than 0.7.0 "
                + "(issues #972, #973).";
        String old = " Sysbox older than 0.6.7 also has shiftfs precheck false negatives (0.6.5/0.6.6: shiftfs loaded but not used, "
                + "so rootfs cloning, issue #922) and fails on images with many layers (each docker commit adds one, issue #634).";
        return common + (before067 ? old : "") + " Upgrade to Sysbox " + CURRENT_RELEASE + " from " + DocLinks.SYSBOX_RELEASES
                + " (save Sysbox containers first: the upgrade stops Sysbox).";
    }

    static String kernelTooOldTitle(String release) {
        return "Kernel " + release + " is too old for Sysbox";
    }

    static String kernelTooOldDetail(boolean ubuntu) {
        return "sysbox-runc refuses to start containers on kernels older than " + (ubuntu ? "5.0 on Ubuntu" : "5.5 (5.0 on Ubuntu)")
                + " ('kernel version check failed: ... need >= " + (ubuntu ? "5.0" : "5.5") + "'). Upgrade the kernel; 5.19 or newer "
                + "also lets Sysbox use ID-mapped overlay mounts, which keeps docker commit safe.";
    }

    static final String USERNS_CLONE_TITLE = "Unprivileged user namespaces are disabled";
    static final String USERNS_CLONE_DETAIL = "/proc/sys/kernel/unprivileged_userns_clone is 0, and sysbox-runc refuses to start "
            + "containers ('/proc/sys/kernel/unprivileged_userns_clone: want 1, have 0'). Enable it with 'sysctl -w "
            + "kernel.unprivileged_userns_clone=1' and keep it in /etc/sysctl.d/.";

    static final String SHIFTFS_UNCONFIRMED_TITLE = "shiftfs is loaded, but whether Sysbox uses it is unknown";
    static final String SHIFTFS_UNCONFIRMED_DETAIL = "A loaded shiftfs module does not prove Sysbox uses it: only sysbox-mgr's "
            + "'Shiftfs works properly: yes' line at its start does. Sysbox 0.6.5 and 0.6.6 had precheck false negatives (fixed in "
            + "0.6.7, issue #922): shiftfs loaded, the check says no, Sysbox clones the rootfs and docker commit writes zero-filled "
            + "files (issue #868). Confirm by reading the journal as root: 'sudo journalctl -u sysbox-mgr | grep -i shiftfs', or run "
            + "sysbox-doctor as root. Until then, save containers with a verified method.";

    static String wrongUnitTitle(String flag) {
        return flag + " is in the wrong unit and has no effect";
    }

    static String wrongUnitDetail(String flag, String file) {
        return flag + " is a sysbox-mgr flag, but it is written in " + file + ", whose command does not start sysbox-mgr "
                + "(issues #772, #608). Only sysbox-mgr's effective ExecStart counts: put it in a drop-in for sysbox-mgr.service "
                + "(systemctl edit sysbox-mgr), then 'systemctl daemon-reload && systemctl restart sysbox'.";
    }

    static final String USERNS_REMAP_TITLE = "Docker runs with userns-remap";
    static final String USERNS_REMAP_DETAIL = "Docker's userns-remap gives containers its own user namespace and a root filesystem "
            + "already owned by the remapped user, so Sysbox needs no ownership shift: no ID-mapped mount, no shiftfs, no rootfs "
            + "cloning (sysbox-runc's needUidShiftOnRootfs). docker commit is not broken by cloning here.";

    static String driverTitle(String driver) {
        return "Docker's storage driver is " + driver + ", not overlay2";
    }

    static final String DRIVER_DETAIL = "ID-mapped overlay mounts, shiftfs on overlay and rootfs cloning all assume overlay2; on this "
            + "driver Sysbox chowns the root filesystem in place, so the method predicted from the kernel does not hold and whether "
            + "docker commit keeps files intact is unknown (issue #675). Verify saved images, or switch Docker to overlay2.";

    static final String MIRRORED_TITLE = "WSL's mirrored networking breaks Sysbox containers";
    static final String MIRRORED_DETAIL = "With networkingMode=mirrored WSL installs its own seccomp notify filter in every distro; "
            + "only one is allowed per process tree, so every Sysbox container fails to start with 'error loading seccomp filter "
            + "into kernel: error loading seccomp filter: device or resource busy' (microsoft/WSL#9548, #11434). Set "
            + "networkingMode=nat in .wslconfig and run 'wsl --shutdown'.";
}
