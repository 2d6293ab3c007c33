package dev.sysboxdoctor.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.inspect.ScriptSections.Section;
import dev.sysboxdoctor.testbed.Samples;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kernel release, platform, overlay-on-idmap and shiftfs from the recorded uname and /proc/version samples. */
class KernelParserTest {
    private static Map<String, Section> s(String... nameTextRc) {
        Map<String, Section> m = new LinkedHashMap<>();
        for (int i = 0; i < nameTextRc.length; i += 3) {
            m.put(nameTextRc[i], new Section(nameTextRc[i], nameTextRc[i + 1], Integer.parseInt(nameTextRc[i + 2])));
        }
        return m;
    }

    private static String line(String sample, String startsWith) {
        return Samples.raw(sample).lines().filter(l -> l.startsWith(startsWith)).findFirst().orElseThrow();
    }

    @Test
    void platformsFromTheSamples() {
        String wsl1 = line("proc-version-wsl1-1.txt", "Linux version").replace("**", "");
        assertThat(KernelParser.platform(null, wsl1, false)).isEqualTo(KernelPlatform.WSL1);
        assertThat(KernelParser.platform("4.4.0-18985-Microsoft", null, true)).isEqualTo(KernelPlatform.WSL1);
        assertThat(KernelParser.platform("4.19.67-microsoft-standard", null, false)).isEqualTo(KernelPlatform.WSL2);
        String custom = line("proc-version-custom-kernel-1.txt", "Linux version");
        assertThat(KernelParser.platform(null, custom, false)).isEqualTo(KernelPlatform.WSL2);
        String unameA = line("uname-a-wsl2-1.txt", "Linux mbp62");
        assertThat(KernelParser.platform(unameA.split(" ")[2], null, false)).isEqualTo(KernelPlatform.WSL2);
        assertThat(KernelParser.platform("6.1.0-26-amd64", "Linux version 6.1.0-26-amd64 (debian-kernel@lists.debian.org)", false))
                .isEqualTo(KernelPlatform.NATIVE);
        assertThat(KernelParser.platform("6.1.0-custom", "Linux version 6.1.0-custom (me@box)", true)).isEqualTo(KernelPlatform.WSL2);
    }

    @Test
    void releaseFromProcVersionWhenUnameIsMissingAndOverlayIdmapThresholds() {
        String custom = line("proc-version-custom-kernel-1.txt", "Linux version");
        KernelFacts k = KernelParser.parse(s("proc-version", custom, "0", "uname", "sh: uname: not found", "127",
                "shiftfs-modules", "", "1"));
        assertThat(k.release()).isEqualTo("4.19.104-microsoft-standard");
        assertThat(k.version()).isEqualTo(new KernelVersion(4, 19, 104));
        assertThat(k.overlayIdmap()).isEqualTo(Tri.NO);
        assertThat(k.shiftfs()).isEqualTo(ShiftfsState.ABSENT);
        assertThat(KernelParser.parse(s("uname", "5.18.19-051819-generic", "0")).overlayIdmap()).isEqualTo(Tri.NO);
        assertThat(KernelParser.parse(s("uname", "5.19.0-50-generic", "0")).overlayIdmap()).isEqualTo(Tri.YES);
        assertThat(KernelParser.parse(s("uname", "6.6.87.2-microsoft-standard-WSL2", "0", "config-gz",
                "CONFIG_OVERLAY_FS=y\nCONFIG_USER_NS=y", "0")).overlayIdmapBasis()).contains("CONFIG_OVERLAY_FS=y");
    }

    @Test
    void garbageAndMissingOutputGiveUnknownsWithEvidence() {
        KernelFacts k = KernelParser.parse(s("uname", "\u0000\u0001garbage", "0", "shiftfs-modules", "grep: /proc/modules: Permission denied", "2"));
        assertThat(k.release()).isNull();
        assertThat(k.platform()).isEqualTo(KernelPlatform.UNKNOWN);
        assertThat(k.overlayIdmap()).isEqualTo(Tri.UNKNOWN);
        assertThat(k.shiftfs()).isEqualTo(ShiftfsState.UNKNOWN);
        assertThat(k.gaps()).extracting(Gap::subject).contains("kernel.release", "kernel.shiftfs");
        assertThat(k.gaps().toString()).contains("Permission denied");
        KernelFacts empty = KernelParser.parse(Map.of());
        assertThat(empty.release()).isNull();
        assertThat(empty.systemd()).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void scriptSectionsSurviveTruncation() {
        var m = ScriptSections.parse("@@SBD> a\nx\n\n@@SBD< a 0\n@@SBD> b\npartial out");
        assertThat(m.get("a")).isEqualTo(new Section("a", "x", 0));
        assertThat(m.get("b").rc()).isEqualTo(ScriptSections.TRUNCATED);
        assertThat(m.get("b").text()).isEqualTo("partial out");
        assertThat(ScriptSections.parse("garbage\n@@SBD< nope 1\n")).isEmpty();
        assertThat(ScriptSections.parse("@@SBD> c\n@@SBD< c notanumber\n").get("c").rc()).isEqualTo(ScriptSections.TRUNCATED);
    }
}
