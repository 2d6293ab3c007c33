package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.testbed.TestBed;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code image ... --lang zh-CN}: the text and the command's own lines speak Chinese; image names,
 * ids and JSON stay as they are. Against the test bed's real engine.
 */
class ImageLanguageTest {
    private static CliRun image(String... args) {
        String[] argv = new String[args.length + 3];
        argv[0] = "image";
        System.arraycopy(args, 0, argv, 1, args.length);
        argv[args.length + 1] = "--docker-host";
        argv[args.length + 2] = TestBed.dockerHost();
        return CliRun.of(Services.createDefault(), argv);
    }

    @Test
    void verifySpeaksTheLanguageAskedForAndJsonStaysTheSame() {
        CliRun zh = image("verify", TestBed.IMAGE, "--lang", "zh-CN");
        assertThat(zh.exit()).as(zh.toString()).isZero();
        assertThat(zh.out()).startsWith(TestBed.IMAGE + ": 通过").contains("比较了", "个文件", "探测结果")
                .doesNotContain("PASSED", "files compared");
        assertThat(zh.err()).as("progress lines say the phase in Chinese").contains("正在读取镜像", "正在试运行镜像")
                .doesNotContain("Starting a trial container", "Reading the image");
        CliRun en = image("verify", TestBed.IMAGE, "--lang", "en");
        assertThat(en.exit()).as(en.toString()).isZero();
        assertThat(en.out()).startsWith(TestBed.IMAGE + ": PASSED").contains("files compared");
        assertThat(en.err()).as("English progress lines say the step itself").contains("Starting a trial container");
        CliRun json = image("verify", TestBed.IMAGE, "--json", "--lang", "zh-CN");
        assertThat(json.out()).contains("\"verdict\" : \"PASSED\"").doesNotContain("通过");
    }

    @Test
    void withoutLangTheSystemLocaleDecides() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(image("verify", TestBed.IMAGE).out()).startsWith(TestBed.IMAGE + ": 通过");
            Locale.setDefault(Locale.US);
            assertThat(image("verify", TestBed.IMAGE).out()).startsWith(TestBed.IMAGE + ": PASSED");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theCommandsOwnMessagesAndUsageErrors() {
        CliRun badTag = image("save", "whatever", "--tag", "Bad Tag", "--lang", "zh-CN");
        assertThat(badTag.exit()).isEqualTo(2);
        assertThat(badTag.err()).contains("标签“Bad Tag”无效");
        CliRun fr = image("verify", TestBed.IMAGE, "--lang", "fr");
        assertThat(fr.exit()).isEqualTo(2);
        assertThat(fr.err()).contains("unknown language 'fr'");
    }
}
