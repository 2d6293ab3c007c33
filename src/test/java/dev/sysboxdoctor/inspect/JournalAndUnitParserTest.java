package dev.sysboxdoctor.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sysbox-mgr's journal start blocks (real formats of issues #679/#700/#719) and systemd unit merging. */
class JournalAndUnitParserTest {
    @Test
    void theLastOfTwoStartsWins() {
        String j = """
                -- Logs begin at Mon 2025-04-21 10:00:00 UTC. --
                Apr 21 10:00:01 host sysbox-mgr[800]: time="2025-04-21T10:00:01Z" level=info msg="Starting sysbox-mgr"
                Apr 21 10:00:01 host sysbox-mgr[800]: time="2025-04-21T10:00:01Z" level=info msg="Shiftfs module found in kernel: no"
                Apr 21 10:00:01 host sysbox-mgr[800]: time="2025-04-21T10:00:01Z" level=info msg="Overlayfs on ID-mapped mounts supported by kernel: no"
                Apr 22 08:00:00 host sysbox-mgr[900]: time="2025-04-22T08:00:00.123456789+02:00" level=info msg="Starting sysbox-mgr"
                Apr 22 08:00:00 host sysbox-mgr[900]: time="2025-04-22T08:00:00+02:00" level=info msg="Version: 0.6.6"
                Apr 22 08:00:00 host sysbox-mgr[900]: time="2025-04-22T08:00:00+02:00" level=info msg="Shiftfs module found in kernel: yes"
                Apr 22 08:00:00 host sysbox-mgr[900]: time="2025-04-22T08:00:00+02:00" level=info msg="Shiftfs works properly: no"
                Apr 22 08:00:00 host sysbox-mgr[900]: time="2025-04-22T08:00:00+02:00" level=info msg="Shiftfs-on-overlayfs works properly: no"
                Apr 22 08:00:00 host sysbox-mgr[900]: time="2025-04-22T08:00:00+02:00" level=info msg="ID-mapped mounts supported by kernel: yes"
                Apr 22 08:00:00 host sysbox-mgr[900]: time="2025-04-22T08:00:00+02:00" level=info msg="Overlayfs on ID-mapped mounts supported by kernel: no"
                Apr 22 08:00:00 host sysbox-mgr[900]: time="2025-04-22T08:00:00+02:00" level=info msg="Ready ..."
                """;
        MgrStartBlock b = JournalParser.lastStart(j);
        assertThat(b.startedAt()).isEqualTo(Instant.parse("2025-04-22T06:00:00.123456789Z"));
        assertThat(b.version()).isEqualTo("0.6.6");
        assertThat(b.shiftfsModuleFound()).isEqualTo(Tri.YES);
        assertThat(b.shiftfsWorks()).isEqualTo(Tri.NO);
        assertThat(b.shiftfsOnOverlayfsWorks()).isEqualTo(Tri.NO);
        assertThat(b.idmappedMountSupported()).isEqualTo(Tri.YES);
        assertThat(b.overlayfsOnIdmapSupported()).isEqualTo(Tri.NO);
        assertThat(b.lines()).hasSize(8);
    }

    @Test
    void olderStartLineDisabledLinesAndShortIsoOutput() {
        String j = """
                2023-02-01T10:00:00+0000 host sysbox-mgr[1]: Starting ...
                2023-02-01T10:00:00+0000 host sysbox-mgr[1]: Use of shiftfs disabled.
                2023-02-01T10:00:00+0000 host sysbox-mgr[1]: Use of ID-mapped mounts disabled.
                2023-02-01T10:00:00+0000 host sysbox-mgr[1]: Use of overlayfs on ID-mapped mounts disabled.
                2023-02-01T10:00:00+0000 host sysbox-mgr[1]: Rootfs cloning disabled.
                """;
        MgrStartBlock b = JournalParser.lastStart(j);
        assertThat(b.startedAt()).isEqualTo(Instant.parse("2023-02-01T10:00:00Z"));
        assertThat(b.shiftfsDisabled()).isTrue();
        assertThat(b.idmappedMountDisabled()).isTrue();
        assertThat(b.overlayfsOnIdmapDisabled()).isTrue();
        assertThat(b.rootfsCloningDisabled()).isTrue();
    }

    @Test
    void noEntriesTruncatedAndGarbage() {
        assertThat(JournalParser.lastStart("-- No entries --\n")).isNull();
        assertThat(JournalParser.lastStart("")).isNull();
        assertThat(JournalParser.lastStart(null)).isNull();
        assertThat(JournalParser.lastStart("\u0000\u0001 msg=\"unterminated")).isNull();
        MgrStartBlock cut = JournalParser.lastStart("x sysbox-mgr[1]: time=\"bad\" level=info msg=\"Starting sysbox-mgr\"\nx sysbox-mgr[1]: msg=\"Shiftfs module f");
        assertThat(cut.startedAt()).isNull();
        assertThat(cut.shiftfsModuleFound()).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void dropInsOverrideTheVendorExecStartInNameOrderEtcWinning() {
        List<SystemdUnit.UnitFile> files = SystemdUnit.parseFiles("""
                @@FILE 1700000000 /lib/systemd/system/sysbox-mgr.service
                [Unit]
                Description=x
                [Service]
                Type=notify
                ExecStart=/usr/bin/sysbox-mgr
                @@FILE 1700000100 /lib/systemd/system/sysbox-mgr.service.d/20-vendor.conf
                [Service]
                ExecStart=
                ExecStart=/usr/bin/sysbox-mgr --disable-inner-image-preload
                @@FILE 1750000000 /etc/systemd/system/sysbox-mgr.service.d/50-sysbox-doctor.conf
                [Service]
                ExecStart=
                ExecStart=-/usr/bin/sysbox-mgr --disable-shiftfs-precheck \\
                    --log-level "debug level"
                @@FILE 1600000000 /usr/lib/systemd/system/sysbox-mgr.service.d/50-sysbox-doctor.conf
                [Service]
                ExecStart=
                ExecStart=/usr/bin/sysbox-mgr --overridden-by-etc
                """);
        SystemdUnit.Effective e = SystemdUnit.effective("sysbox-mgr.service", files);
        assertThat(e.files()).containsExactly("/lib/systemd/system/sysbox-mgr.service", "/lib/systemd/system/sysbox-mgr.service.d/20-vendor.conf",
                "/etc/systemd/system/sysbox-mgr.service.d/50-sysbox-doctor.conf");
        assertThat(SystemdUnit.argv(e.execStart())).containsExactly("/usr/bin/sysbox-mgr", "--disable-shiftfs-precheck", "--log-level", "debug level");
        assertThat(e.newestChange()).isEqualTo(Instant.ofEpochSecond(1750000000));
        assertThat(SystemdUnit.effective("sysbox-mgr.service", List.of()).execStart()).isNull();
    }

    @Test
    void continuationLinesResetsAndDropInsThatDoNotTouchExecStart() {
        String unit = "[Unit]\nDescription=x\n[Service]\nType=notify\nExecStart=/usr/bin/sysbox-mgr\nTimeoutStartSec=45\n";
        String dataRoot = "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr \\\n    --data-root /srv/sb\n";
        String env = "# only env\n[Service]\nEnvironment=A=1\n";
        List<SystemdUnit.UnitFile> files = List.of(
                new SystemdUnit.UnitFile("/lib/systemd/system/sysbox-mgr.service", null, unit),
                new SystemdUnit.UnitFile("/etc/systemd/system/sysbox-mgr.service.d/10-data-root.conf", null, dataRoot),
                new SystemdUnit.UnitFile("/etc/systemd/system/sysbox-mgr.service.d/20-env.conf", null, env));
        assertThat(SystemdUnit.effective("sysbox-mgr.service", files.subList(0, 1)).execStart()).isEqualTo("/usr/bin/sysbox-mgr");
        assertThat(SystemdUnit.argv(SystemdUnit.effective("sysbox-mgr.service", files).execStart()))
                .containsExactly("/usr/bin/sysbox-mgr", "--data-root", "/srv/sb");
        assertThat(SystemdUnit.setsExecStart(env)).isFalse();
        assertThat(SystemdUnit.setsExecStart(dataRoot)).isTrue();
        assertThat(SystemdUnit.setsExecStart("[Unit]\nExecStart=/bin/true\n")).as("only [Service] sets it").isFalse();
    }

    /** Where diagnosis and the precheck fix used to disagree: /usr/local/lib was the fix's alone, quotes were diagnosis's alone. */
    @Test
    void aDropInUnderUsrLocalLibWithAQuotedFlagCounts() {
        List<SystemdUnit.UnitFile> files = SystemdUnit.parseFiles("""
                @@FILE 1700000000 /lib/systemd/system/sysbox-mgr.service
                [Service]
                ExecStart=/usr/bin/sysbox-mgr
                @@FILE 1700000100 /usr/local/lib/systemd/system/sysbox-mgr.service.d/30-local.conf
                [Service]
                ExecStart=
                ExecStart=/usr/bin/sysbox-mgr "--disable-shiftfs-precheck" --data-root "/srv/sysbox data"
                @@FILE 1600000000 /usr/lib/systemd/system/sysbox-mgr.service.d/30-local.conf
                [Service]
                ExecStart=
                ExecStart=/usr/bin/sysbox-mgr --overridden-by-usr-local
                """);
        SystemdUnit.Effective e = SystemdUnit.effective("sysbox-mgr.service", files);
        assertThat(e.files()).containsExactly("/lib/systemd/system/sysbox-mgr.service",
                "/usr/local/lib/systemd/system/sysbox-mgr.service.d/30-local.conf");
        List<String> argv = SystemdUnit.argv(e.execStart());
        assertThat(argv).containsExactly("/usr/bin/sysbox-mgr", "--disable-shiftfs-precheck", "--data-root", "/srv/sysbox data");
        assertThat(SysboxFacts.flagSet(argv, "--disable-shiftfs-precheck")).isTrue();
        assertThat(SystemdUnit.unitDirs()).containsExactly("/etc/systemd/system", "/run/systemd/system",
                "/usr/local/lib/systemd/system", "/lib/systemd/system", "/usr/lib/systemd/system");
    }
}
