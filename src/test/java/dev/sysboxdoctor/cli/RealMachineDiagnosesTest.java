package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.RealTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diagnose --json} through the fake wsl.exe over fixture machines built from what users
 * pasted in public issues (facts/failures.md B-E): one run, one distro per situation.
 */
class RealMachineDiagnosesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static JsonNode j;
    static CliRun run;

    @BeforeAll
    static void diagnoseAll() throws Exception {
        Map<String, FixtureMachine> m = new LinkedHashMap<>();
        m.put("ShiftfsNoJournal", FixtureMachine.ubuntu515ShiftfsLoadedJournalUnreadable(root("a")));
        m.put("ShiftfsOverride", FixtureMachine.ubuntu515ShiftfsLoadedJournalUnreadable(root("b"))
                .mgrDropIn("50-sysbox-doctor.conf", "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr --disable-shiftfs-precheck\n"));
        m.put("Wsl868", FixtureMachine.wsl515RealJournal(root("c")));
        m.put("Subid", FixtureMachine.mgrFailed(root("d"), "0.6.5", RealTexts.JOURNAL_870_SUBID, "exit-code").os("debian", "12", "Debian GNU/Linux 12 (bookworm)"));
        m.put("Timeout", FixtureMachine.mgrFailed(root("e"), "0.7.1", RealTexts.JOURNAL_576_TIMEOUT, "timeout"));
        m.put("Pidfile", FixtureMachine.mgrFailed(root("f"), "0.7.1", RealTexts.JOURNAL_713_PIDFILE, "exit-code"));
        m.put("Idmap", FixtureMachine.mgrFailed(root("g"), "0.7.1", RealTexts.JOURNAL_796_IDMAP, "exit-code"));
        m.put("Rsync", FixtureMachine.mgrFailed(root("h"), "0.7.1", RealTexts.JOURNAL_MISSING_RSYNC, "exit-code"));
        m.put("DataRoot", FixtureMachine.mgrFailed(root("i"), "0.7.1", RealTexts.JOURNAL_DATA_ROOT_OVERLAY, "exit-code"));
        m.put("Stopped", FixtureMachine.debian61WithSysbox(root("j")).sysbox("0.7.1").mgrStopped().journalText("-- No entries --\n"));
        m.put("FsFuse", FixtureMachine.fsFailed(root("k"), RealTexts.FS_JOURNAL_448_FUSERMOUNT));
        m.put("FsAppArmor", FixtureMachine.fsFailed(root("l"), RealTexts.FS_JOURNAL_1005_APPARMOR).fusermount3());
        m.put("Old066", FixtureMachine.debian61WithSysbox(root("m")).sysbox("0.6.6").fusermount3());
        m.put("Old067", FixtureMachine.debian61WithSysbox(root("n")).sysbox("0.6.7").fusermount3());
        m.put("Kernel54", FixtureMachine.at(root("o")).kernel("5.4.0-42-amd64").sysbox("0.7.1").fusermount3());
        m.put("Ubuntu415", FixtureMachine.at(root("p")).kernel("4.15.0-213-generic").ubuntu("18.04").sysbox("0.7.1").fusermount3());
        m.put("NoUserns", FixtureMachine.debian61WithSysbox(root("q")).sysbox("0.7.1").fusermount3().usernsClone(0));
        m.put("WrongUnit", FixtureMachine.debian61WithSysbox(root("r")).sysbox("0.7.1").fusermount3()
                .vendorExecStart("sysbox.service", RealTexts.SYSBOX_SERVICE_772)
                .vendorExecStart("sysbox-fs.service", "/usr/bin/sysbox-fs --disable-shiftfs"));
        m.put("FlagTrue", FixtureMachine.ubuntu515ShiftfsLoadedJournalUnreadable(root("s")).sysbox("0.7.1")
                .mgrDropIn("10-flags.conf", "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr --disable-shiftfs=true\n"));
        m.put("Remap", FixtureMachine.wsl2Kernel515WithSysbox(root("t")).sysbox("0.7.1").fusermount3().dockerInfo(RealTexts.DOCKER_INFO_USERNS));
        m.put("Btrfs", FixtureMachine.wsl2Kernel66WithSysbox(root("u")).sysbox("0.7.1").fusermount3().dockerInfo(RealTexts.DOCKER_INFO_BTRFS));
        m.put("Mirrored", FixtureMachine.wslMirrored(root("v")));
        m.put("Zh", FixtureMachine.wsl2Kernel66WithSysbox(root("w")).sysbox("0.7.1").fusermount3().journalText(RealTexts.JOURNAL_882_ZH));
        m.put("Catalog", FixtureMachine.wsl2Kernel66WithSysbox(root("x")).sysbox("0.7.1").fusermount3().journalText(RealTexts.JOURNAL_675_CATALOG));
        m.put("TwoBoots", FixtureMachine.wsl2Kernel66WithSysbox(root("y")).sysbox("0.7.1").fusermount3().journalText(RealTexts.JOURNAL_TWO_BOOTS));
        m.put("FileLog", FixtureMachine.ubuntu515ShiftfsLoadedJournalUnreadable(root("z")).sysbox("0.7.1")
                .mgrDropIn("10-log.conf", "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr --log-level=debug --log=/var/log/sysbox-mgr.log\n")
                .journalText("-- No entries --\n").mgrLogFile("/var/log/sysbox-mgr.log", RealTexts.FILE_LOG_713));
        StringBuilder list = new StringBuilder("  NAME STATE VERSION\n");
        FakeWsl wsl = FakeWsl.create(dir.resolve("scenario")).answerFromSample("version", "version-en-4.txt", 0);
        boolean first = true;
        for (var e : m.entrySet()) {
            e.getValue().write();
            list.append(first ? "* " : "  ").append(e.getKey()).append(" Running 2\n");
            wsl.distro(e.getKey(), e.getValue().root());
            first = false;
        }
        wsl.answer("list-verbose", list.toString());
        Path cfg = Files.writeString(dir.resolve(".wslconfig"), "[wsl2]\nmemory=8GB\n");
        run = CliRun.of("diagnose", "--json", "--timeout", "120", "--wsl-exe", wsl.exe().toString(), "--wslconfig", cfg.toString());
        j = JSON.readTree(run.out());
    }

    private static Path root(String name) {
        return dir.resolve("roots").resolve(name);
    }

    private static JsonNode target(String name) {
        for (JsonNode t : j.path("targets")) {
            if (t.path("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no target " + name + " in " + j);
    }

    private static List<JsonNode> findings(String target) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : j.path("findings")) {
            if (target.equals(f.path("target").asText())) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<String> ids(String target) {
        return findings(target).stream().map(f -> f.path("id").asText() + ":" + f.path("severity").asText()).toList();
    }

    private static JsonNode finding(String target, String id) {
        return findings(target).stream().filter(f -> f.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(target + " has no " + id + ": " + ids(target)));
    }

    @Test
    void shiftfsLoadedWithoutAReadableJournalIsNotSafe() {
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode t = target("ShiftfsNoJournal");
        assertThat(t.at("/kernel/shiftfs").asText()).isEqualTo("LOADED");
        assertThat(t.path("commitRisk").asText()).isEqualTo("UNKNOWN");
        assertThat(ids("ShiftfsNoJournal")).contains("shiftfs-mode-unconfirmed:WARNING", "commit-unknown:WARNING", "sysbox-too-old:WARNING");
        assertThat(finding("ShiftfsNoJournal", "shiftfs-mode-unconfirmed").path("detail").asText())
                .contains("sudo journalctl -u sysbox-mgr").contains("0.6.5 and 0.6.6");
        assertThat(ids("ShiftfsNoJournal")).doesNotContain("commit-safe:OK");
        // the precheck override in sysbox-mgr's effective unit is evidence enough
        assertThat(target("ShiftfsOverride").at("/sysbox/mode").asText()).isEqualTo("SHIFTFS");
        assertThat(target("ShiftfsOverride").path("commitRisk").asText()).isEqualTo("SAFE");
    }

    @Test
    void aRealWslJournalIsReadWithItsTime() {
        JsonNode t = target("Wsl868");
        assertThat(t.at("/sysbox/mode").asText()).isEqualTo("ROOTFS_CLONING");
        assertThat(t.path("commitRisk").asText()).isEqualTo("BROKEN");
        // logrus's local time, read with the target's UTC offset (date +%z: the fixture distro runs on this machine)
        String at = java.time.LocalDateTime.parse("2024-11-13T14:11:33").atZone(java.time.ZoneId.systemDefault()).toInstant().toString();
        assertThat(t.at("/sysbox/lastStart/startedAt").asText()).isEqualTo(at);
        assertThat(t.at("/sysbox/modeBasis").asText()).startsWith("sysbox-mgr's journal at " + at);
    }

    @Test
    void failedStartsAreClassifiedWithTheExactLine() {
        Map<String, String> expected = Map.of("Subid", "sysbox-mgr-subid", "Timeout", "sysbox-mgr-start-timeout",
                "Pidfile", "sysbox-mgr-stale-pidfile", "Idmap", "sysbox-mgr-idmap-check-failed", "Rsync", "sysbox-mgr-missing-tool",
                "DataRoot", "sysbox-mgr-data-root-fs", "Stopped", "sysbox-mgr-not-running");
        for (var e : expected.entrySet()) {
            JsonNode t = target(e.getKey());
            assertThat(t.path("commitRisk").asText()).as(e.getKey()).isEqualTo("UNKNOWN");
            JsonNode f = finding(e.getKey(), e.getValue());
            assertThat(f.path("severity").asText()).as(e.getKey()).isEqualTo("ERROR");
            assertThat(f.path("remedies").toString()).contains("sysbox-restart");
        }
        assertThat(finding("Subid", "sysbox-mgr-subid").path("evidence").get(0).asText())
                .startsWith("Nov 15 17:06:38 server-internal1 sysbox-mgr[1871]: time=\"2024-11-15 17:06:38\" level=fatal msg=\"failed to create sysbox-mgr: failed to setup subid allocator");
        assertThat(finding("Timeout", "sysbox-mgr-start-timeout").path("evidence").get(0).asText())
                .isEqualTo("Oct 31 14:13:20 platty systemd[1]: sysbox-mgr.service: start operation timed out. Terminating.");
        assertThat(finding("Timeout", "sysbox-mgr-start-timeout").path("evidence").toString()).contains("ActiveState=failed, SubState=failed, Result=timeout");
        assertThat(finding("Pidfile", "sysbox-mgr-stale-pidfile").path("detail").asText()).contains("/run/sysbox/sysmgr.pid");
        assertThat(target("Timeout").at("/sysbox/mgrFailure/cause").asText()).isEqualTo("START_TIMEOUT");
        assertThat(target("Timeout").at("/sysbox/mgrState/result").asText()).isEqualTo("timeout");
    }

    @Test
    void sysboxFsCausesShow() {
        assertThat(finding("FsFuse", "sysbox-fs-failed").path("detail").asText()).contains("fuse3");
        assertThat(finding("FsFuse", "sysbox-fs-failed").path("evidence").toString()).contains("executable file not found in $PATH")
                .contains("neither fusermount nor fusermount3");
        assertThat(finding("FsAppArmor", "sysbox-fs-failed").path("detail").asText()).contains("aa-complain /etc/apparmor.d/fusermount3");
        assertThat(target("FsAppArmor").at("/sysbox/fsFailure/cause").asText()).isEqualTo("APPARMOR_DENIED");
    }

    @Test
    void oldSysboxOldKernelsAndUsernsOff() {
        assertThat(finding("Old066", "sysbox-too-old").path("detail").asText()).contains("unsafe procfs detected").contains("many layers")
                .contains("0.7.1");
        assertThat(finding("Old067", "sysbox-too-old").path("detail").asText()).contains("unsafe procfs detected").doesNotContain("many layers");
        assertThat(ids("Zh")).noneMatch(i -> i.startsWith("sysbox-too-old"));
        assertThat(ids("Kernel54")).contains("kernel-too-old-for-sysbox:ERROR");
        assertThat(target("Kernel54").path("commitRisk").asText()).isEqualTo("UNKNOWN");
        assertThat(finding("Ubuntu415", "kernel-too-old-for-sysbox").path("detail").asText()).contains("5.0 on Ubuntu");
        assertThat(ids("NoUserns")).contains("userns-clone-disabled:ERROR");
        assertThat(target("NoUserns").at("/kernel/usernsClone").asBoolean()).isFalse();
    }

    @Test
    void flagsCountOnlyFromSysboxMgrsUnitInBothForms() {
        assertThat(ids("WrongUnit")).filteredOn(i -> i.startsWith("mgr-flag-in-wrong-unit")).hasSize(2);
        assertThat(finding("WrongUnit", "mgr-flag-in-wrong-unit").path("title").asText()).contains("--disable-shiftfs").contains("no effect");
        assertThat(target("WrongUnit").at("/sysbox/mgrFlags")).isEmpty();
        assertThat(target("WrongUnit").at("/sysbox/misplacedFlags/0/file").asText()).isEqualTo("/lib/systemd/system/sysbox.service");
        assertThat(ids("FlagTrue")).contains("shiftfs-disabled-by-flag:WARNING");
        assertThat(target("FlagTrue").at("/sysbox/modeBasis").asText()).contains("shiftfs disabled by flag");
    }

    @Test
    void dockerSettingsThatDecideTheMode() {
        JsonNode remap = target("Remap");
        assertThat(remap.at("/sysbox/mode").asText()).isEqualTo("USERNS_REMAP");
        assertThat(remap.path("commitRisk").asText()).isEqualTo("SAFE");
        assertThat(remap.at("/docker/usernsRemap").asBoolean()).isTrue();
        assertThat(ids("Remap")).contains("docker-userns-remap:INFO", "commit-safe:OK");
        JsonNode btrfs = target("Btrfs");
        assertThat(btrfs.path("commitRisk").asText()).isEqualTo("UNKNOWN");
        assertThat(ids("Btrfs")).contains("storage-driver-not-overlay:WARNING");
        assertThat(btrfs.at("/docker/storageDriver").asText()).isEqualTo("btrfs");
    }

    @Test
    void mirroredNetworkingFromInsideTheDistro() {
        JsonNode f = finding("Mirrored", "wsl-networking-mirrored");
        assertThat(f.path("severity").asText()).isEqualTo("ERROR");
        assertThat(f.path("remedies").get(0).asText()).isEqualTo("wsl-networking-nat");
        assertThat(f.path("detail").asText()).contains("device or resource busy");
        assertThat(target("Mirrored").at("/kernel/wslNetworkingMode").asText()).isEqualTo("mirrored");
    }

    @Test
    void messyJournalsStillTellTheMode() {
        for (String name : List.of("Zh", "Catalog", "TwoBoots")) {
            assertThat(target(name).at("/sysbox/mode").asText()).as(name).isEqualTo("IDMAPPED");
            assertThat(target(name).path("commitRisk").asText()).as(name).isEqualTo("SAFE");
        }
        JsonNode file = target("FileLog");
        assertThat(file.at("/sysbox/mgrLogFile").asText()).isEqualTo("/var/log/sysbox-mgr.log");
        assertThat(file.at("/sysbox/lastStart/lines").toString()).contains("Shiftfs works properly: yes");
    }
}
