package dev.sysboxdoctor.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** i18n/remedy.properties and remedy_zh_CN.properties: same keys, same placeholders, every key the code asks for. */
class RemedyBundlesTest {
    private static final Pattern ARG = Pattern.compile("\\{\\d}");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RemedyBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> args(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties en = load("remedy.properties");
        Properties zh = load("remedy_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).hasSizeGreaterThan(100);
        for (String key : en.stringPropertyNames()) {
            assertThat(args(zh.getProperty(key))).as(key).isEqualTo(args(en.getProperty(key)));
            boolean words = en.getProperty(key).codePoints().anyMatch(Character::isLetter);
            boolean han = zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            assertThat(han).as(key + " is translated: " + zh.getProperty(key)).isEqualTo(words);
        }
    }

    /**
     * Literal keys in {@code t.get("...")}/{@code texts().get("...")} calls in the remedy room must be
     * in the bundle, and every key of the bundle must be named somewhere in the room.
     */
    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        Properties en = load("remedy.properties");
        Pattern call = Pattern.compile("(?:\\bt|texts\\(\\)|ENGLISH)\\.get\\(\"([a-zA-Z0-9.]+)\"");
        Path room = Path.of(System.getProperty("project.basedir", ".")).resolve("src/main/java/dev/sysboxdoctor/remedy");
        Pattern literal = Pattern.compile("\"([a-zA-Z0-9.]+)\"");
        Set<String> literals = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(room)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher l = literal.matcher(Files.readString(f));
                while (l.find()) {
                    literals.add(l.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(en.stringPropertyNames()).containsAll(used);
        Set<String> unused = new TreeSet<>(en.stringPropertyNames());
        unused.removeAll(literals);
        assertThat(unused).as("keys no code asks for").isEmpty();
    }
}
