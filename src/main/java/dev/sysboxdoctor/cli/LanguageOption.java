package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.report.Language;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --lang en|zh-CN}: the language of a command's words; without it, the system locale's. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "en|zh-CN", converter = Parse.class,
            description = "Language of the words: en or zh-CN (default: the system locale's; JSON stays English unless given).")
    Language chosen;

    /** The language asked for, or null when the user did not ask (JSON then keeps English). */
    Language chosen() {
        return chosen;
    }

    /** The language asked for, else the system locale's (Simplified Chinese for zh_CN/zh_SG, else English). */
    Language effective() {
        return chosen != null ? chosen : Language.of(Locale.getDefault());
    }

    static final class Parse implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
