package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.ui.common.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Simplified Chinese have the same keys, and every key the code asks for exists. */
class I18nBundlesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        Set<String> missingInZh = new TreeSet<>(en);
        missingInZh.removeAll(zh);
        Set<String> missingInEn = new TreeSet<>(zh);
        missingInEn.removeAll(en);
        assertThat(missingInZh).as("keys missing in messages_zh_CN.properties").isEmpty();
        assertThat(missingInEn).as("keys missing in messages.properties").isEmpty();
        assertThat(en).hasSizeGreaterThan(200);
    }

    @Test
    void chineseValuesAreTranslatedAndPlaceholdersMatch() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        Pattern arg = Pattern.compile("\\{\\d}");
        for (String key : en.stringPropertyNames()) {
            assertThat(args(arg, zh.getProperty(key))).as(key).isEqualTo(args(arg, en.getProperty(key)));
            assertThat(en.getProperty(key)).as(key + ": MessageFormat eats ASCII apostrophes").doesNotContain("'");
            assertThat(zh.getProperty(key)).as(key).doesNotContain("'");
        }
        long chinese = zh.stringPropertyNames().stream().filter(k -> zh.getProperty(k).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertThat(chinese).as("keys with Chinese text").isGreaterThan(200);
    }

    private static Set<String> args(Pattern p, String s) {
        Set<String> out = new HashSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Literal keys in {@code t.get("...")} calls in src/main must all be in the bundle. */
    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        Properties en = load("messages.properties");
        Pattern call = Pattern.compile("\\.get\\(\"([a-z][a-zA-Z0-9_-]*\\.[a-zA-Z0-9_.-]+)\"");
        Path ui = Path.of(System.getProperty("project.basedir", ".")).resolve("src/main/java/dev/sysboxdoctor/ui");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ui)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !en.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theSystemLocaleChoosesTheLanguage() {
        assertThat(I18n.resolve("system", Locale.SIMPLIFIED_CHINESE)).isEqualTo(I18n.ZH_CN);
        assertThat(I18n.resolve("system", Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.resolve("system", Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.resolve("en", Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.forLanguage("zh-CN", Locale.US).get("nav.dashboard")).isEqualTo("概览");
        assertThat(I18n.forLanguage("system", Locale.GERMANY).get("nav.dashboard")).isEqualTo("Dashboard");
        assertThat(I18n.forLanguage("en", Locale.US).get("verdict.broken", "in Ubuntu-22.04"))
                .isEqualTo("Committing Sysbox containers in Ubuntu-22.04 produces broken images");
    }
}
