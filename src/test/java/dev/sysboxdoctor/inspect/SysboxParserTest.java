package dev.sysboxdoctor.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.inspect.ScriptSections.Section;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sysbox facts from script sections: dpkg fallback, running flags, systemd times, unreadable journal. */
class SysboxParserTest {
    private static Map<String, Section> s(String... nameTextRc) {
        Map<String, Section> m = new LinkedHashMap<>();
        for (int i = 0; i < nameTextRc.length; i += 3) {
            m.put(nameTextRc[i], new Section(nameTextRc[i], nameTextRc[i + 1], Integer.parseInt(nameTextRc[i + 2])));
        }
        return m;
    }

    @Test
    void dpkgVersionRunningFlagsAndJournalWithoutPermission() {
        SysboxFacts f = SysboxParser.parse(s(
                "sysbox-runc", "not found", "127",
                "dpkg", "0.6.5-0.linux", "0",
                "units", "@@FILE 1700000000 /lib/systemd/system/sysbox-mgr.service\n[Service]\nExecStart=/usr/bin/sysbox-mgr\n", "0",
                "mgr-procs", "@@PROC 812 /usr/bin/sysbox-mgr\u0001--disable-shiftfs-precheck\u0001", "0",
                "mgr-show", "ActiveState=active\nActiveEnterTimestamp=Sat 2026-11-28 09:00:00 UTC\nNeedDaemonReload=no", "0",
                "journal", "No journal files were opened due to insufficient permissions.\n-- No entries --", "0"));
        assertThat(f.installed()).isEqualTo(Tri.YES);
        assertThat(f.version()).isEqualTo("0.6.5");
        assertThat(f.versionSource()).startsWith("dpkg");
        assertThat(f.configuredFlags()).isEmpty();
        assertThat(f.runningFlags()).containsExactly("--disable-shiftfs-precheck");
        assertThat(f.effectiveFlags()).containsExactly("--disable-shiftfs-precheck");
        assertThat(f.mgrStartedAt()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(f.needDaemonReload()).isEqualTo(Tri.NO);
        assertThat(f.configChangedAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
        assertThat(f.lastStart()).isNull();
        assertThat(f.gaps()).singleElement().satisfies(g -> assertThat(g.reason()).contains("run with sudo"));
    }

    @Test
    void notInstalledAndUnknown() {
        SysboxFacts none = SysboxParser.parse(s("sysbox-runc", "not found", "127", "dpkg", "", "1", "units", "", "0", "mgr-procs", "", "0"));
        assertThat(none.installed()).isEqualTo(Tri.NO);
        assertThat(none.mgrRunning()).isEqualTo(Tri.NO);
        SysboxFacts cut = SysboxParser.parse(Map.of());
        assertThat(cut.installed()).isEqualTo(Tri.UNKNOWN);
        assertThat(cut.gaps()).extracting(Gap::subject).contains("sysbox.installed");
        assertThat(SysboxParser.showTime("@1764381600")).isEqualTo(Instant.ofEpochSecond(1764381600));
        assertThat(SysboxParser.showTime("n/a")).isNull();
        assertThat(SysboxParser.showTime("Sat 2026-11-28 09:00:00 XYZT")).isNull();
    }
}
