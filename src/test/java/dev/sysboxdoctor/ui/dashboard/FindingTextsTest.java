package dev.sysboxdoctor.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.FindingIds;
import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.ui.common.I18n;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every finding the diagnoser can make has Chinese words; English keeps the diagnoser's sentences. */
class FindingTextsTest {
    private static final I18n ZH = I18n.forLanguage("zh-CN", Locale.ROOT);
    private static final I18n EN = I18n.forLanguage("en", Locale.ROOT);

    static List<String> allFindingIds() throws IllegalAccessException {
        List<String> ids = new ArrayList<>();
        for (Field f : FindingIds.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                ids.add((String) f.get(null));
            }
        }
        return ids;
    }

    private static boolean chinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Finding finding(String id, Severity severity, String target) {
        return new Finding(id, severity, target, "English title of " + id, "English detail of " + id,
                List.of("kernel 5.15.0-138-generic"), List.of(), List.of());
    }

    @Test
    void everyFindingIdHasAChineseTitleAndDetail() throws IllegalAccessException {
        List<String> ids = allFindingIds();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(31);
        for (String id : ids) {
            assertThat(ZH.has("finding." + id + ".title")).as(id + " title").isTrue();
            assertThat(ZH.has("finding." + id + ".why")).as(id + " why").isTrue();
            for (Severity s : Severity.values()) {
                for (String target : new String[] {"Ubuntu-22.04", null}) {
                    Finding f = finding(id, s, target);
                    assertThat(FindingTexts.title(ZH, f)).as(id).doesNotContain("English").satisfies(t -> assertThat(chinese(t)).as(t).isTrue());
                    assertThat(FindingTexts.why(ZH, f)).as(id).doesNotContain("English").satisfies(t -> assertThat(chinese(t)).as(t).isTrue());
                    assertThat(FindingTexts.title(ZH, f)).as(id).doesNotContain("{0}").doesNotContain("  ");
                }
            }
        }
    }

    @Test
    void severityAndMachineWideVariantsArePickedAndEnglishKeepsTheDiagnosersWords() {
        assertThat(FindingTexts.why(ZH, finding(FindingIds.IDMAP_DISABLED_BY_FLAG, Severity.WARNING, "Ubuntu")))
                .contains("除非确有需要");
        assertThat(FindingTexts.why(ZH, finding(FindingIds.IDMAP_DISABLED_BY_FLAG, Severity.INFO, "Ubuntu")))
                .contains("不产生任何影响");
        assertThat(FindingTexts.title(ZH, finding(FindingIds.UNLEARNED, Severity.INFO, null))).isEqualTo("无法获取本机的部分信息");
        assertThat(FindingTexts.title(ZH, finding(FindingIds.COMMIT_UNKNOWN, Severity.WARNING, "Ubuntu")))
                .isEqualTo("无法判断在 Ubuntu 中提交 Sysbox 容器是否安全");
        Finding f = finding(FindingIds.COMMIT_BROKEN, Severity.ERROR, "Ubuntu");
        assertThat(FindingTexts.title(EN, f)).isEqualTo(f.title());
        assertThat(FindingTexts.why(EN, f)).isEqualTo(f.detail());
    }

    @Test
    void theModeBasisSaysWhereTheDecisionCameFrom() {
        assertThat(ModeBasisTexts.of(ZH, "sysbox-mgr's journal at 2026-11-28T09:00:00Z: shiftfs found, precheck skipped"))
                .isEqualTo("依据日志中 sysbox-mgr 于 2026-11-28T09:00:00Z 启动时的记录");
        assertThat(ModeBasisTexts.of(ZH, "sysbox-mgr's journal at 2026-11-28T09:00:00Z lacks the lines that decide the mode"))
                .contains("2026-11-28T09:00:00Z");
        assertThat(ModeBasisTexts.of(ZH, "sysbox-mgr's journal: no ID-mapped overlay and no usable shiftfs, so rootfs cloning"))
                .isEqualTo("依据日志中 sysbox-mgr 最近一次启动的记录");
        for (String basis : List.of("predicted: kernel 5.15 < 5.19; no shiftfs; so rootfs cloning",
                "cannot predict: kernel unknown", "Sysbox is not installed; predicted: kernel 6.6 >= 5.19",
                "the target could not be inspected", "WSL1 has no Linux kernel", "Sysbox installation unknown")) {
            assertThat(chinese(ModeBasisTexts.of(ZH, basis))).as(basis).isTrue();
            assertThat(ModeBasisTexts.of(EN, basis)).isEqualTo(basis);
        }
    }
}
