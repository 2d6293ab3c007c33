package dev.sysboxdoctor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sysboxdoctor.diagnose.Arg;
import dev.sysboxdoctor.diagnose.BasisKind;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.FindingKind;
import dev.sysboxdoctor.diagnose.FindingNote;
import dev.sysboxdoctor.diagnose.ModeBasis;
import dev.sysboxdoctor.diagnose.SysboxMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every finding kind, note and mode basis renders in English and Simplified Chinese with sample
 * arguments: no key missing, no key unused, no placeholder left unfilled, and the Chinese words
 * carry the same specifics (kernel, flags, versions, names) as the English.
 */
class FindingCatalogueTest {
    private static final Instant STARTED = Instant.parse("2026-11-28T09:00:00Z");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(\\|[^}]*)?}");
    private static final Map<Arg, Object> SAMPLES = new EnumMap<>(Arg.class);
    /** What of each sample must show in the rendered words, in either language. */
    private static final Map<Arg, List<String>> SPECIFICS = new EnumMap<>(Arg.class);

    static {
        sample(Arg.KERNEL, "5.15.167.4-microsoft-standard-WSL2", "5.15.167.4-microsoft-standard-WSL2");
        sample(Arg.KERNEL_PIN, "C:\\Users\\me\\bzImage", "C:\\Users\\me\\bzImage");
        sample(Arg.FLAG, "--disable-idmapped-mount", "--disable-idmapped-mount");
        sample(Arg.SYSBOX_VERSION, "0.6.1", "0.6.1");
        sample(Arg.DISTRO, "Ubuntu-22.04", "Ubuntu-22.04");
        sample(Arg.DISTROS, List.of("docker-desktop", "docker-desktop-data"), "docker-desktop", "docker-desktop-data");
        sample(Arg.CONTAINERS, List.of("web", "db-main"), "web", "db-main");
        sample(Arg.RUNTIMES, List.of("io.containerd.runc.v2", "runc"), "io.containerd.runc.v2", "runc");
        sample(Arg.COUNT, 2, "2");
        // A mode is shown as its word in the reader's language (checked against words.mode below).
        sample(Arg.MODE, SysboxMode.ROOTFS_CLONING);
        sample(Arg.PREDICTED_MODE, SysboxMode.SHIFTFS);
        sample(Arg.BASIS, new ModeBasis(BasisKind.JOURNAL_CLONING, STARTED), "2026-11-28T09:00:00Z");
        sample(Arg.PREDICTED_BASIS, ModeBasis.of(BasisKind.PREDICTED_SHIFTFS_IF_PRECHECK_PASSES));
        sample(Arg.FILE, "/lib/systemd/system/sysbox.service", "/lib/systemd/system/sysbox.service");
        sample(Arg.DRIVER, "vfs", "vfs");
        sample(Arg.MIN_KERNEL, "5.5", "5.5");
        sample(Arg.LATEST_SYSBOX, "0.7.1", "0.7.1");
        sample(Arg.STOPPED_AT, "2026-11-28 10:00:00 UTC", "2026-11-28 10:00:00 UTC");
        sample(Arg.LOST, List.of("db-main"), "db-main");
        sample(Arg.LOST_COUNT, 1);
        sample(Arg.SUBJECT, "sysbox.journal", "sysbox.journal");
        sample(Arg.REASON, "could not read sysbox-mgr's journal", "could not read sysbox-mgr's journal");
    }

    private static void sample(Arg a, Object value, String... specifics) {
        SAMPLES.put(a, value);
        SPECIFICS.put(a, List.of(specifics));
    }

    private static Finding sampleOf(FindingKind kind, List<FindingNote> notes) {
        Finding.Builder b = Finding.of(kind, "Ubuntu-22.04");
        kind.args().forEach(a -> b.with(a, SAMPLES.get(a)));
        for (FindingNote n : notes) {
            b.note(n, true);
            n.args().forEach(a -> b.with(a, SAMPLES.get(a)));
        }
        return b.build();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FindingCatalogueTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static boolean chinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The keys the renderer can ask for. */
    private static Set<String> keysTheCodeUses() {
        Set<String> keys = new TreeSet<>();
        for (FindingKind k : FindingKind.values()) {
            keys.add(k.key() + ".title");
            keys.add(k.key() + ".detail");
        }
        for (FindingNote n : FindingNote.values()) {
            keys.add(n.key());
        }
        for (BasisKind b : BasisKind.values()) {
            keys.add(b.key());
        }
        for (SysboxMode m : SysboxMode.values()) {
            keys.add("mode." + m.name().toLowerCase(Locale.ROOT));
        }
        keys.addAll(List.of("basis.at", "value.null", "value.reason.null", "value.target.null", "value.list.separator",
                "value.sentence.separator"));
        return keys;
    }

    @Test
    void eachCatalogueHasExactlyTheKeysTheCodeUses() throws IOException {
        for (String file : List.of("findings.properties", "findings_zh_CN.properties")) {
            Set<String> present = new TreeSet<>(load(file).stringPropertyNames());
            Set<String> missing = new TreeSet<>(keysTheCodeUses());
            missing.removeAll(present);
            Set<String> unused = new TreeSet<>(present);
            unused.removeAll(keysTheCodeUses());
            assertThat(missing).as("keys missing in " + file).isEmpty();
            assertThat(unused).as("keys in " + file + " that nothing renders").isEmpty();
        }
    }

    @Test
    void aTextUsesOnlyThePlaceholdersItsKindCarries() throws IOException {
        for (String file : List.of("findings.properties", "findings_zh_CN.properties")) {
            Properties p = load(file);
            for (FindingKind k : FindingKind.values()) {
                Set<String> allowed = new TreeSet<>(List.of("target"));
                k.args().forEach(a -> allowed.add(a.placeholder()));
                for (String part : List.of(".title", ".detail")) {
                    assertThat(placeholders(p.getProperty(k.key() + part))).as(file + " " + k.key() + part).isSubsetOf(allowed);
                }
            }
            for (FindingNote n : FindingNote.values()) {
                Set<String> allowed = new TreeSet<>();
                n.args().forEach(a -> allowed.add(a.placeholder()));
                assertThat(placeholders(p.getProperty(n.key()))).as(file + " " + n.key()).isSubsetOf(allowed);
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyKindRendersInBothLanguagesWithItsSpecifics() {
        FindingCatalogue en = FindingCatalogue.of(Language.EN);
        FindingCatalogue zh = FindingCatalogue.of(Language.ZH_CN);
        for (FindingKind kind : FindingKind.values()) {
            for (List<FindingNote> notes : List.of(List.<FindingNote>of(), List.of(FindingNote.values()))) {
                Finding f = sampleOf(kind, notes);
                for (FindingCatalogue words : List.of(en, zh)) {
                    String title = words.title(f);
                    String detail = words.detail(f);
                    String as = words.language() + " " + kind + " " + notes;
                    assertThat(title).as(as).isNotBlank().doesNotContain("{", "}").isNotEqualTo(kind.key() + ".title");
                    assertThat(detail).as(as).isNotBlank().doesNotContain("{", "}").doesNotContain(kind.key() + ".detail", "note.");
                    assertThat(title + detail).as(as).doesNotContain("basis.", "mode.", "value.");
                    List<Arg> shown = new ArrayList<>(kind.args());
                    notes.forEach(n -> shown.addAll(n.args()));
                    for (Arg a : shown) {
                        SPECIFICS.get(a).forEach(x -> assertThat(title + " " + detail).as(as + " shows " + a).contains(x));
                        if (f.args().get(a) instanceof SysboxMode m) {
                            assertThat(title + " " + detail).as(as + " shows " + a).contains(words.mode(m));
                        }
                    }
                    if (words == zh) {
                        assertThat(chinese(title)).as(as + " title in Chinese: " + title).isTrue();
                        assertThat(chinese(detail)).as(as + " detail in Chinese: " + detail).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyBasisRendersWithAndWithoutTheJournalsTime() {
        for (Language l : Language.values()) {
            FindingCatalogue words = FindingCatalogue.of(l);
            for (BasisKind k : BasisKind.values()) {
                String with = words.basis(new ModeBasis(k, STARTED));
                String without = words.basis(ModeBasis.of(k));
                assertThat(with).as(l + " " + k).doesNotContain("{", "}", "basis.");
                assertThat(without).as(l + " " + k).doesNotContain("{", "}", "basis.", "2026");
                if (k.fromJournal()) {
                    assertThat(with).as(l + " " + k + " names the start").contains("2026-11-28T09:00:00Z");
                }
                if (l == Language.ZH_CN) {
                    assertThat(chinese(without)).as(k + ": " + without).isTrue();
                }
            }
        }
    }

    @Test
    void unknownValuesPluralsAndNotesReadNaturally() {
        FindingCatalogue en = FindingCatalogue.english();
        FindingCatalogue zh = FindingCatalogue.of(Language.ZH_CN);
        Finding one = Finding.of(FindingKind.SYSBOX_CONTAINERS, "Ubuntu").with(Arg.COUNT, 1).with(Arg.CONTAINERS, List.of("web")).build();
        assertThat(en.title(one)).isEqualTo("1 Sysbox container");
        assertThat(en.title(sampleOf(FindingKind.SYSBOX_CONTAINERS, List.of()))).isEqualTo("2 Sysbox containers");
        assertThat(zh.detail(sampleOf(FindingKind.SYSBOX_CONTAINERS, List.of()))).isEqualTo("运行在 sysbox-runc 上的容器：web、db-main。");
        Finding noAnswer = Finding.of(FindingKind.TARGET_UNREACHABLE_MACHINE, null).with(Arg.REASON, null).build();
        assertThat(en.detail(noAnswer)).startsWith("no answer. Nothing is known");
        assertThat(zh.detail(noAnswer)).startsWith("没有回应。");
        Finding pending = Finding.of(FindingKind.SYSBOX_RESTART_PENDING, "Ubuntu").note(FindingNote.KEEPS_MODE_UNTIL_RESTART, true)
                .with(Arg.MODE, SysboxMode.ROOTFS_CLONING).build();
        assertThat(en.detail(pending)).endsWith("is running. Until a restart Sysbox keeps its current method (rootfs cloning).");
        assertThat(zh.detail(pending)).endsWith("”。在重启之前，Sysbox 会继续使用当前的方式（rootfs 克隆）。");
    }

    @Test
    void aFindingWithoutTheArgumentsItsKindNeedsIsRefused() {
        assertThatThrownBy(() -> Finding.of(FindingKind.WSL_KERNEL_OLD, null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KERNEL");
        assertThatThrownBy(() -> Finding.of(FindingKind.WSL_KERNEL_OLD, null).with(Arg.KERNEL, 5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("String");
    }

    @Test
    void modesAreWordsNotEnumNamesInBothLanguages() {
        for (Language language : List.of(Language.EN, Language.ZH_CN)) {
            FindingCatalogue words = FindingCatalogue.of(language);
            for (SysboxMode m : SysboxMode.values()) {
                assertThat(words.mode(m)).as(language + " " + m).isNotBlank().doesNotContain(m.name());
            }
        }
    }
}
