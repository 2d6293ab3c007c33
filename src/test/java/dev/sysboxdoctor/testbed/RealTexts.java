package dev.sysboxdoctor.testbed;

/**
 * Logs and outputs as users pasted them in public issues (nestybox/sysbox, microsoft/WSL), kept
 * verbatim: localized dates, no hostname, journalctl -x catalog lines, pager-cut lines, file logs.
 * Where a thread cut a line off, the rest is sysbox-mgr's own format string (noted per text).
 */
public final class RealTexts {
    private RealTexts() {}

    /** journalctl as a user outside adm/systemd-journal (systemd's hint, then no entries). */
    public static final String JOURNAL_NOT_READABLE = """
            Hint: You are currently not seeing messages from other users and the system.
                  Users in groups 'adm', 'systemd-journal' can see all messages.
                  Pass -q to turn off notice.
            -- No entries --
            """;

    /** nestybox/sysbox#868 (WSL 5.15, Sysbox 0.6.6): logrus local times, the kernel-headers warning; after "Overlayfs ..." the source's lines. */
    public static final String JOURNAL_868_WSL = """
            Nov 13 14:11:33 EGRAMM16 systemd[1]: Starting sysbox-mgr (part of the Sysbox container runtime)...
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Starting ..."
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Sysbox data root: /var/lib/sysbox"
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=warning msg="No kernel-headers found in host filesystem at /usr/src/linux-headers-5.15.153.1-microsoft-standard-WSL2. No headers will be mounted inside any of the containers."
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Shiftfs module found in kernel: no"
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Shiftfs works properly: no"
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Shiftfs-on-overlayfs works properly: no"
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="ID-mapped mounts supported by kernel: yes"
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Overlayfs on ID-mapped mounts supported by kernel: no"
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Operating in system container mode."
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Inner container image preloading enabled."
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Listening on /run/sysbox/sysmgr.sock"
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Ready ..."
            Nov 13 14:11:33 EGRAMM16 systemd[1]: Started sysbox-mgr (part of the Sysbox container runtime).
            """;

    /** nestybox/sysbox#882: a Chinese-locale journal (12月), data root moved; the block ends where the paste did, then the source's lines. */
    public static final String JOURNAL_882_ZH = """
            12月 04 12:48:32 user-Rack-Server systemd[1]: sysbox-mgr.service: Deactivated successfully.
            12月 04 12:48:32 user-Rack-Server systemd[1]: Stopped sysbox-mgr (part of the Sysbox container runtime).
            12月 04 12:48:32 user-Rack-Server systemd[1]: Starting sysbox-mgr (part of the Sysbox container runtime)...
            12月 04 12:48:32 user-Rack-Server sysbox-mgr[9543]: time="2024-12-04 12:48:32" level=info msg="Starting ..."
            12月 04 12:48:32 user-Rack-Server sysbox-mgr[9543]: time="2024-12-04 12:48:32" level=info msg="Sysbox data root: /home/data/lib/sysbox"
            12月 04 12:48:32 user-Rack-Server sysbox-mgr[9543]: time="2024-12-04 12:48:32" level=info msg="Shiftfs module found in kernel: no"
            12月 04 12:48:32 user-Rack-Server sysbox-mgr[9543]: time="2024-12-04 12:48:32" level=info msg="ID-mapped mounts supported by kernel: yes"
            12月 04 12:48:32 user-Rack-Server sysbox-mgr[9543]: time="2024-12-04 12:48:32" level=info msg="Overlayfs on ID-mapped mounts supported by kernel: yes"
            12月 04 12:48:32 user-Rack-Server sysbox-mgr[9543]: time="2024-12-04 12:48:32" level=info msg="Ready ..."
            """;

    /** nestybox/sysbox#675 (journalctl -x, systemd 253 unit names): catalog lines between the messages; sysbox-mgr's lines from the same thread. */
    public static final String JOURNAL_675_CATALOG = """
            Apr 13 18:27:18 gh-amd64-0001 systemd[1]: Starting sysbox-mgr.service - sysbox-mgr (part of the Sysbox container runtime)...
            ░░ Subject: A start job for unit sysbox-mgr.service has begun execution
            ░░ Defined-By: systemd
            ░░ Support: https://lists.freedesktop.org/mailman/listinfo/systemd-devel
            ░░\u0020
            ░░ A start job for unit sysbox-mgr.service has begun execution.
            Apr 13 18:27:18 gh-amd64-0001 sysbox-mgr[767]: time="2023-04-13 18:27:18" level=info msg="Starting ..."
            Apr 13 18:27:18 gh-amd64-0001 sysbox-mgr[767]: time="2023-04-13 18:27:18" level=info msg="Sysbox data root: /var/lib/sysbox"
            Apr 13 18:27:19 gh-amd64-0001 sysbox-mgr[767]: time="2023-04-13 18:27:19" level=info msg="Shiftfs module found in kernel: no"
            Apr 13 18:27:19 gh-amd64-0001 sysbox-mgr[767]: time="2023-04-13 18:27:19" level=info msg="Shiftfs works properly: no"
            Apr 13 18:27:19 gh-amd64-0001 sysbox-mgr[767]: time="2023-04-13 18:27:19" level=info msg="Shiftfs-on-overlayfs works properly: no"
            Apr 13 18:27:19 gh-amd64-0001 sysbox-mgr[767]: time="2023-04-13 18:27:19" level=info msg="ID-mapped mounts supported by kernel: yes"
            Apr 13 18:27:19 gh-amd64-0001 sysbox-mgr[767]: time="2023-04-13 18:27:19" level=info msg="Overlayfs on ID-mapped mounts supported by kernel: yes"
            Apr 13 18:27:19 gh-amd64-0001 sysbox-mgr[767]: time="2023-04-13 18:27:19" level=info msg="Operating in system container mode."
            Apr 13 18:27:19 gh-amd64-0001 sysbox-mgr[767]: time="2023-04-13 18:27:19" level=info msg="Inner container image preloading enabled."
            Apr 13 18:27:19 gh-amd64-0001 sysbox-mgr[767]: time="2023-04-13 18:27:19" level=info msg="Ready ..."
            """;

    /** Two boots in one paste: the older start cloned (#868's lines), the newer one (after a kernel update, #1002's lines) ID-maps. */
    public static final String JOURNAL_TWO_BOOTS = """
            -- Boot 3f2a7c0b5d6e4f1a8b9c0d1e2f3a4b5c --
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Starting ..."
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Shiftfs module found in kernel: no"
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="ID-mapped mounts supported by kernel: yes"
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Overlayfs on ID-mapped mounts supported by kernel: no"
            Nov 13 14:11:33 EGRAMM16 sysbox-mgr[12245]: time="2024-11-13 14:11:33" level=info msg="Ready ..."
            -- Boot 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b --
            Apr 17 23:28:25 debian sysbox-mgr[38947]: time="2026-04-17 23:28:25" level=info msg="Starting sysbox-mgr"
            Apr 17 23:28:25 debian sysbox-mgr[38947]: time="2026-04-17 23:28:25" level=info msg="Shiftfs-on-overlayfs works properly: no"
            Apr 17 23:28:25 debian sysbox-mgr[38947]: time="2026-04-17 23:28:25" level=info msg="ID-mapped mounts supported by kernel: yes"
            Apr 17 23:28:25 debian sysbox-mgr[38947]: time="2026-04-17 23:28:25" level=info msg="Overlayfs on ID-mapped mounts supported by kernel: yes"
            Apr 17 23:28:25 debian sysbox-mgr[38947]: time="2026-04-17 23:28:25" level=info msg="Operating in system container mode."
            Apr 17 23:28:25 debian sysbox-mgr[38947]: time="2026-04-17 23:28:25" level=info msg="Relaxed read-only mode disabled."
            Apr 17 23:28:25 debian sysbox-mgr[38947]: time="2026-04-17 23:28:25" level=info msg="Inner container image preloading enabled."
            Apr 17 23:28:25 debian sysbox-mgr[38947]: time="2026-04-17 23:28:25" level=info msg="Listening on /run/sysbox/sysmgr.sock"
            Apr 17 23:28:25 debian sysbox-mgr[38947]: time="2026-04-17 23:28:25" level=info msg="Ready ..."
            Apr 17 23:28:25 debian systemd[1]: Started sysbox-mgr.service - sysbox-mgr (part of the Sysbox container runtime).
            """;

    /** nestybox/sysbox#870 (Debian 12, Sysbox 0.6.5): the fatal line as the pager cut it (ends in "…" then ">"). */
    public static final String JOURNAL_870_SUBID = """
            Nov 15 17:06:38 server-internal1 systemd[1]: Starting sysbox-mgr (part of the Sysbox container runtime)...
            Nov 15 17:06:38 server-internal1 sysbox-mgr[1871]: time="2024-11-15 17:06:38" level=info msg="Starting ..."
            Nov 15 17:06:38 server-internal1 sysbox-mgr[1871]: time="2024-11-15 17:06:38" level=fatal msg="failed to create sysbox-mgr: failed to setup subid allocator: failed to parse line # allocate SUB_UID_COUNT unused user IDs from the range SUB_UID_MIN to SUB_UID_MAX for>
            Nov 15 17:06:38 server-internal1 systemd[1]: sysbox-mgr.service: Main process exited, code=exited, status=1/FAILURE
            Nov 15 17:06:38 server-internal1 systemd[1]: sysbox-mgr.service: Failed with result 'exit-code'.
            Nov 15 17:06:38 server-internal1 systemd[1]: Failed to start sysbox-mgr (part of the Sysbox container runtime).
            """;

    /** nestybox/sysbox#576: systemd's timeout while sysbox-mgr probes shiftfs (the two lines pasted there, then systemd's result lines). */
    public static final String JOURNAL_576_TIMEOUT = """
            Oct 31 14:11:20 platty systemd[1]: Starting sysbox-mgr (part of the Sysbox container runtime)...
            Oct 31 14:11:20 platty sysbox-mgr[54006]: time="2024-10-31 14:11:20" level=info msg="Starting ..."
            Oct 31 14:11:20 platty sysbox-mgr[54006]: time="2024-10-31 14:11:20" level=info msg="Sysbox data root: /var/lib/sysbox"
            Oct 31 14:13:20 platty systemd[1]: sysbox-mgr.service: start operation timed out. Terminating.
            Oct 31 14:13:20 platty systemd[1]: sysbox-mgr.service: Failed with result 'timeout'.
            Oct 31 14:13:20 platty systemd[1]: Failed to start sysbox-mgr (part of the Sysbox container runtime).
            """;

    /** nestybox/sysbox#713: the stale pid file; the fatal text is sysbox-mgr's Start() and sysbox-libs CheckPidFile format. */
    public static final String JOURNAL_713_PIDFILE = """
            Jun 26 09:06:34 ip-10-2-139-65 systemd[1]: Starting sysbox-mgr (part of the Sysbox container runtime)...
            Jun 26 09:06:34 ip-10-2-139-65 sysbox-mgr[2212]: time="2023-06-26 09:06:34" level=info msg="Starting ..."
            Jun 26 09:06:34 ip-10-2-139-65 sysbox-mgr[2212]: time="2023-06-26 09:06:34" level=info msg="Sysbox data root: /var/lib/sysbox"
            Jun 26 09:06:35 ip-10-2-139-65 sysbox-mgr[2212]: time="2023-06-26 09:06:35" level=info msg="Listening on /run/sysbox/sysmgr.sock"
            Jun 26 09:06:35 ip-10-2-139-65 sysbox-mgr[2212]: time="2023-06-26 09:06:35" level=fatal msg="failed to start sysbox-mgr: failed to create sysmgr.pid file: sysbox-mgr program is running as pid 1904"
            Jun 26 09:06:35 ip-10-2-139-65 systemd[1]: sysbox-mgr.service: Main process exited, code=exited, status=1/FAILURE
            """;

    /** nestybox/sysbox#796 (Sysbox 0.6.4): the ID-map check fails on the data root's filesystem; the error text per facts/failures.md B. */
    public static final String JOURNAL_796_IDMAP = """
            Apr 12 10:02:11 node1 sysbox-mgr[4410]: time="2024-04-12 10:02:11" level=info msg="Starting ..."
            Apr 12 10:02:11 node1 sysbox-mgr[4410]: time="2024-04-12 10:02:11" level=info msg="Sysbox data root: /var/lib/sysbox"
            Apr 12 10:02:11 node1 sysbox-mgr[4410]: time="2024-04-12 10:02:11" level=fatal msg="failed to create sysbox-mgr: ID-mapping check failed: failed to create mapped mount: Failed to set mount attr: invalid argument"
            Apr 12 10:02:11 node1 systemd[1]: sysbox-mgr.service: Main process exited, code=exited, status=1/FAILURE
            """;

    /** A missing host tool (sysbox-mgr's preflight check; format from failures.md B). No hostname field. */
    public static final String JOURNAL_MISSING_RSYNC = """
            Mar 02 08:15:40 sysbox-mgr[901]: time="2026-03-02 08:15:40" level=info msg="Starting sysbox-mgr"
            Mar 02 08:15:40 sysbox-mgr[901]: time="2026-03-02 08:15:40" level=fatal msg="failed to create sysbox-mgr: preflight check failed: rsync is not installed on host."
            Mar 02 08:15:40 systemd[1]: sysbox-mgr.service: Main process exited, code=exited, status=1/FAILURE
            """;

    /** The data root on overlayfs (format from failures.md B), German journal dates (Mär). */
    public static final String JOURNAL_DATA_ROOT_OVERLAY = """
            Mär 20 20:01:05 homecloud sysbox-mgr[1391170]: time="2022-03-20 20:01:05" level=info msg="Starting ..."
            Mär 20 20:01:05 homecloud sysbox-mgr[1391170]: time="2022-03-20 20:01:05" level=info msg="Sysbox data root: /var/lib/sysbox"
            Mär 20 20:01:05 homecloud sysbox-mgr[1391170]: time="2022-03-20 20:01:05" level=fatal msg="failed to create sysbox-mgr: failed to setup docker vol mgr: host dir for docker vol manager (/var/lib/sysbox/docker) can't be on overlayfs"
            """;

    /** nestybox/sysbox#713's file log ({@code --log=/var/log/sysbox-mgr.log}): no journal prefix, debug lines. */
    public static final String FILE_LOG_713 = """
            time="2023-06-26 09:06:34" level=info msg="Starting ..."
            time="2023-06-26 09:06:34" level=info msg="Sysbox data root: /var/lib/sysbox"
            time="2023-06-26 09:06:35" level=debug msg="Running shiftfs check on host."
            time="2023-06-26 09:06:35" level=debug msg="- shiftfs check: found shiftfs module."
            time="2023-06-26 09:06:35" level=info msg="Shiftfs module found in kernel: yes"
            time="2023-06-26 09:06:35" level=info msg="Shiftfs works properly: yes"
            time="2023-06-26 09:06:35" level=info msg="Shiftfs-on-overlayfs works properly: yes"
            time="2023-06-26 09:06:35" level=info msg="ID-mapped mounts supported by kernel: yes"
            time="2023-06-26 09:06:35" level=info msg="Overlayfs on ID-mapped mounts supported by kernel: no"
            time="2023-06-26 09:06:35" level=info msg="Operating in system container mode."
            time="2023-06-26 09:06:35" level=info msg="Ready ..."
            """;

    /** nestybox/sysbox#448: sysbox-fs without fusermount. */
    public static final String FS_JOURNAL_448_FUSERMOUNT = """
            Dec 20 09:33:04 centos8 sysbox-fs[1203]: time="2021-12-20 09:33:04" level=info msg="Initiating sysbox-fs ..."
            Dec 20 09:33:04 centos8 sysbox-fs[1203]: time="2021-12-20 09:33:04" level=error msg="fusermount: exec: \\"fusermount\\": executable file not found in $PATH"
            """;

    /** nestybox/sysbox#1005 (Ubuntu 26.04, Sysbox 0.7.0): AppArmor's fusermount3 profile denies the mount. */
    public static final String FS_JOURNAL_1005_APPARMOR = """
            Apr 27 23:43:05 host sysbox-fs[20604]: 2026/04/27 23:43:05 mount helper error: fusermount3: mount failed: Permission denied
            Apr 27 23:43:05 host sysbox-fs[20604]: time="2026-04-27 23:43:05" level=error msg="fusermount: exit status 1"
            """;

    /** docker info --format '{{json .}}' of an engine with userns-remap (SecurityOptions name=userns). */
    public static final String DOCKER_INFO_USERNS = """
            {"ID":"x","Name":"ubuntu","ServerVersion":"27.5.1","Driver":"overlay2","OperatingSystem":"Ubuntu 22.04.5 LTS",\
            "DefaultRuntime":"runc","Runtimes":{"io.containerd.runc.v2":{"path":"runc"},"runc":{"path":"runc"},\
            "sysbox-runc":{"path":"/usr/bin/sysbox-runc"}},\
            "SecurityOptions":["name=apparmor","name=seccomp,profile=builtin","name=userns","name=cgroupns"]}""";

    /** docker info of Fedora's moby-engine on btrfs (nestybox/sysbox#675). */
    public static final String DOCKER_INFO_BTRFS = """
            {"ID":"y","Name":"gh-amd64-0001","ServerVersion":"20.10.23","Driver":"btrfs","OperatingSystem":"Fedora Linux 37 (Server Edition)",\
            "DefaultRuntime":"runc","Runtimes":{"runc":{"path":"runc"},"sysbox-runc":{"path":"/usr/bin/sysbox-runc"}},\
            "SecurityOptions":["name=seccomp,profile=default","name=selinux","name=cgroupns"]}""";

    /** nestybox/sysbox#772: --disable-shiftfs appended to sysbox.service's --version chain. */
    public static final String SYSBOX_SERVICE_772 =
            "/bin/sh -c \"/usr/bin/sysbox-runc --version && /usr/bin/sysbox-mgr --version --disable-shiftfs && /usr/bin/sysbox-fs --version && /bin/sleep infinity\"";

    /** .wslconfig with mirrored networking as users write it (microsoft/WSL#11423, #12161). */
    public static final String WSLCONFIG_MIRRORED = "# Settings apply across all Linux distros running on WSL 2\r\n[wsl2]\r\nmemory=8GB\r\nnetworkingMode=mirrored     # Enable the mirrored networking feature\r\ndnsTunneling=true\r\n";
}
