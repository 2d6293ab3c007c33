package dev.sysboxdoctor.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.RealTexts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal parsers on lines users pasted: every form facts/failures.md D lists. */
class RealJournalLinesTest {
    @Test
    void logrusLocalTimeIsReadWithTheTargetsOffset() {
        MgrStartBlock b = JournalParser.lastStart(RealTexts.JOURNAL_868_WSL, ZoneOffset.ofHours(1));
        assertThat(b.startedAt()).isEqualTo(Instant.parse("2024-11-13T13:11:33Z"));
        assertThat(b.shiftfsWorks()).isEqualTo(Tri.NO);
        assertThat(b.overlayfsOnIdmapSupported()).isEqualTo(Tri.NO);
        assertThat(JournalParser.lastStart(RealTexts.JOURNAL_868_WSL, null).startedAt()).as("no offset: not guessed").isNull();
    }

    @Test
    void localizedDatesAndNoHostname() {
        MgrStartBlock zh = JournalParser.lastStart(RealTexts.JOURNAL_882_ZH, ZoneOffset.UTC);
        assertThat(zh.startedAt()).isEqualTo(Instant.parse("2024-12-04T12:48:32Z"));
        assertThat(zh.overlayfsOnIdmapSupported()).isEqualTo(Tri.YES);
        assertThat(zh.lineContaining("Sysbox data root")).contains("/home/data/lib/sysbox");
        assertThat(JournalParser.message("Mar 02 08:15:40 sysbox-mgr[901]: time=\"2026-03-02 08:15:40\" level=info msg=\"Starting sysbox-mgr\""))
                .isEqualTo("Starting sysbox-mgr");
        assertThat(JournalParser.message("Mär 20 20:01:05 homecloud sysbox-fs[1391169]: {\"level\":\"info\",\"msg\":\"Initiating sysbox-fs ...\",\"time\":\"2022-03-20 20:01:05\"}"))
                .isEqualTo("Initiating sysbox-fs ...");
    }

    @Test
    void catalogLinesAreSkipped() {
        MgrStartBlock b = JournalParser.lastStart(RealTexts.JOURNAL_675_CATALOG, ZoneOffset.UTC);
        assertThat(b.lines()).noneMatch(l -> l.startsWith("░░"));
        assertThat(b.overlayfsOnIdmapSupported()).isEqualTo(Tri.YES);
        assertThat(b.startedAt()).isEqualTo(Instant.parse("2023-04-13T18:27:18Z"));
    }

    @Test
    void pagerCutLineKeepsItsMessage() {
        String cut = JournalParser.lines(RealTexts.JOURNAL_870_SUBID).get(2);
        assertThat(cut).endsWith(">");
        assertThat(JournalParser.message(cut)).startsWith("failed to create sysbox-mgr: failed to setup subid allocator:")
                .endsWith("SUB_UID_MAX for");
    }

    @Test
    void theNewestBootDecides() {
        MgrStartBlock b = JournalParser.lastStart(RealTexts.JOURNAL_TWO_BOOTS, ZoneOffset.UTC);
        assertThat(b.overlayfsOnIdmapSupported()).isEqualTo(Tri.YES);
        assertThat(b.startedAt()).isEqualTo(Instant.parse("2026-04-17T23:28:25Z"));
        assertThat(JournalParser.startBlocks(RealTexts.JOURNAL_TWO_BOOTS)).hasSize(2);
    }

    @Test
    void fileLogWithoutJournalPrefix() {
        MgrStartBlock b = JournalParser.lastStart(RealTexts.FILE_LOG_713, ZoneOffset.UTC);
        assertThat(b.shiftfsWorks()).isEqualTo(Tri.YES);
        assertThat(b.startedAt()).isEqualTo(Instant.parse("2023-06-26T09:06:34Z"));
        assertThat(JournalParser.message("INFO[2021-01-05 03:03:06] Caught OS signal: terminated")).isEqualTo("Caught OS signal: terminated");
    }

    @Test
    void startFailuresAreClassifiedWithTheirExactLine() {
        UnitState failed = new UnitState("failed", "failed", "exit-code");
        assertThat(cause(RealTexts.JOURNAL_870_SUBID, failed)).isEqualTo(MgrFailure.Cause.SUBID);
        assertThat(cause(RealTexts.JOURNAL_576_TIMEOUT, new UnitState("failed", "failed", "timeout"))).isEqualTo(MgrFailure.Cause.START_TIMEOUT);
        assertThat(cause(RealTexts.JOURNAL_713_PIDFILE, failed)).isEqualTo(MgrFailure.Cause.STALE_PIDFILE);
        assertThat(cause(RealTexts.JOURNAL_796_IDMAP, failed)).isEqualTo(MgrFailure.Cause.IDMAP_CHECK_FAILED);
        assertThat(cause(RealTexts.JOURNAL_MISSING_RSYNC, failed)).isEqualTo(MgrFailure.Cause.MISSING_TOOL);
        assertThat(cause(RealTexts.JOURNAL_DATA_ROOT_OVERLAY, failed)).isEqualTo(MgrFailure.Cause.DATA_ROOT_FS);
        MgrFailure f = SysboxHealthParser.mgrFailure(JournalParser.lines(RealTexts.JOURNAL_576_TIMEOUT), failed);
        assertThat(f.line()).isEqualTo("Oct 31 14:13:20 platty systemd[1]: sysbox-mgr.service: start operation timed out. Terminating.");
        assertThat(SysboxHealthParser.mgrFailure(JournalParser.lines(RealTexts.JOURNAL_868_WSL), new UnitState("active", "running", "success")))
                .as("a start that reached Ready").isNull();
        assertThat(SysboxHealthParser.mgrFailure(List.of(), new UnitState("failed", "failed", "timeout")).cause())
                .as("systemd's Result alone").isEqualTo(MgrFailure.Cause.START_TIMEOUT);
    }

    @Test
    void sysboxFsCauses() {
        UnitState failed = new UnitState("failed", "failed", "exit-code");
        assertThat(SysboxHealthParser.fsFailure(JournalParser.lines(RealTexts.FS_JOURNAL_448_FUSERMOUNT), failed).cause())
                .isEqualTo(FsFailure.Cause.FUSERMOUNT_MISSING);
        FsFailure aa = SysboxHealthParser.fsFailure(JournalParser.lines(RealTexts.FS_JOURNAL_1005_APPARMOR), failed);
        assertThat(aa.cause()).isEqualTo(FsFailure.Cause.APPARMOR_DENIED);
        assertThat(aa.line()).endsWith("mount helper error: fusermount3: mount failed: Permission denied");
    }

    @Test
    void flagsInTheWrongUnitAreFound() {
        List<SystemdUnit.UnitFile> files = List.of(
                new SystemdUnit.UnitFile("/lib/systemd/system/sysbox.service", null, "[Service]\nExecStart=" + RealTexts.SYSBOX_SERVICE_772 + "\n"),
                new SystemdUnit.UnitFile("/lib/systemd/system/sysbox-fs.service", null, "[Service]\nExecStart=/usr/bin/sysbox-fs --disable-shiftfs\n"),
                new SystemdUnit.UnitFile("/lib/systemd/system/sysbox-mgr.service", null, "[Service]\nExecStart=/usr/bin/sysbox-mgr --disable-shiftfs\n"));
        assertThat(SysboxHealthParser.misplacedFlags(files)).containsExactly(
                new MisplacedFlag("/lib/systemd/system/sysbox.service", "--disable-shiftfs"),
                new MisplacedFlag("/lib/systemd/system/sysbox-fs.service", "--disable-shiftfs"));
    }

    @Test
    void flagFormsCount() {
        assertThat(SysboxFacts.flagSet(List.of("--disable-shiftfs=true"), "--disable-shiftfs")).isTrue();
        assertThat(SysboxFacts.flagSet(List.of("--disable-shiftfs"), "--disable-shiftfs")).isTrue();
        assertThat(SysboxFacts.flagSet(List.of("--disable-shiftfs=false"), "--disable-shiftfs")).isFalse();
        assertThat(SysboxFacts.flagSet(List.of("--disable-shiftfs-precheck"), "--disable-shiftfs")).isFalse();
    }

    @Test
    void wslconfigMirroredInAnyCase() {
        assertThat(WslConfigParser.parse("c", RealTexts.WSLCONFIG_MIRRORED).mirrored()).isTrue();
        assertThat(WslConfigParser.parse("c", RealTexts.WSLCONFIG_MIRRORED).networkingModeLine())
                .isEqualTo("networkingMode=mirrored     # Enable the mirrored networking feature");
        assertThat(WslConfigParser.parse("c", "[WSL2]\nNetworkingMode=Mirrored\n").mirrored()).isTrue();
        assertThat(WslConfigParser.parse("c", "[wsl2]\n#networkingMode=mirrored\n").mirrored()).isFalse();
        assertThat(WslConfigParser.parse("c", "[experimental]\nnetworkingMode=mirrored\n").mirrored()).isFalse();
    }

    private static MgrFailure.Cause cause(String journal, UnitState unit) {
        MgrStartBlock b = JournalParser.lastStart(journal, ZoneOffset.UTC);
        return SysboxHealthParser.mgrFailure(b != null ? b.lines() : JournalParser.lines(journal), unit).cause();
    }
}
