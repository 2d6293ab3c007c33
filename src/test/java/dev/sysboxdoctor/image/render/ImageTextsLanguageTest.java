package dev.sysboxdoctor.image.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.image.RestoreOutcome;
import dev.sysboxdoctor.image.SaveAllOutcome;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.VerificationResult;
import dev.sysboxdoctor.report.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The image commands' text and the save's Markdown in both languages: every shape, every word from the bundles. */
class ImageTextsLanguageTest {
    static String text(Object o, Language l) {
        if (o instanceof VerificationResult v) {
            return VerificationText.verification(v, l);
        } else if (o instanceof SaveOutcome s) {
            return VerificationText.save(s, l) + SaveMarkdown.render(s, l);
        } else if (o instanceof SaveAllOutcome s) {
            return BackupText.saveAll(s, l);
        }
        return BackupText.restore((RestoreOutcome) o, l);
    }

    @Test
    void chineseSaysEveryShapeWithItsValuesAndNoEnglishFrame() {
        for (Map.Entry<String, Object> e : ImageReportSamples.all().entrySet()) {
            // Reasons, notes and probe output are the image room's verbatim data, not the report's words.
            String zh = text(e.getValue(), Language.ZH_CN).replace("commit: 3 difference(s)", "");
            assertThat(zh).as(e.getKey()).doesNotContainPattern("\\{\\d+}")
                    .doesNotContain("Saved ", "Not saved", "files compared", "could not check", "against container", "difference(s)",
                            "limits:", "note:", "verified", "Restored ", "PASSED", "FAILED", "LINK_TARGET", "CONTENT");
        }
        String save = text(ImageReportSamples.saved(), Language.ZH_CN);
        assertThat(save).contains("已保存 app:v1 -> 0123456789ab（export-import，已验证）", "未通过  3 处差异",
                "/etc/link  链接目标：应为 /a，实际为 /b", "（1.5 秒）", "错误  no tar", "| `/etc/link` | 链接目标 | /a | /b |", "警告：");
        assertThat(text(ImageReportSamples.saveAll(), Language.ZH_CN)).contains("已保存 2 个 Sysbox 容器中的 1 个。", "失败",
                "sysbox-doctor-backup/alpha:20261203-220000");
        assertThat(text(ImageReportSamples.restored(), Language.ZH_CN)).contains("已从 sysbox-doctor-backup/box:1 恢复 box（已启动）",
                "box-before-restore-1", "对照备份检查：通过", "有 1 个文件无法检查（不算差异）");
        assertThat(text(ImageReportSamples.rolledBack(), Language.ZH_CN)).contains("未恢复", "box 保持原样");
        assertThat(text(ImageReportSamples.saveAllNone(), Language.ZH_CN)).isEqualTo("没有 Sysbox 容器：无需保存。\n");
    }

    @Test
    void markdownTablesShowAspectsInWordsAndJsonKeepsTheEnumNames() {
        String md = SaveMarkdown.render(ImageReportSamples.saved(), Language.EN);
        assertThat(md).contains("| `/etc/link` | link target | /a | /b |", "| `probe` | probe |", "## commit: failed verification")
                .doesNotContain("LINK_TARGET", "| CONTENT |");
        assertThat(VerificationJson.save(ImageReportSamples.saved())).contains("\"aspect\" : \"LINK_TARGET\"", "\"verdict\" : \"FAILED\"");
    }

    @Test
    void argumentsThatLookLikePlaceholdersStayAsWritten() {
        var v = new VerificationResult("img{1}", "box{0}", dev.sysboxdoctor.image.Verdict.PASSED, java.util.List.of(), 1, 0, 0, 0, "ok",
                java.util.List.of(), null, null, null, java.util.List.of());
        assertThat(VerificationText.verification(v, Language.EN)).startsWith("img{1} against container box{0}: PASSED");
        assertThat(VerificationText.verification(v, Language.ZH_CN)).startsWith("img{1} 对照容器 box{0}: 通过");
    }
}
