package dev.sysboxdoctor.ui.common;

/**
 * Where wrapped label text may break. JavaFX breaks an over-long token anywhere
 * ("5.15.153.1-microso / ft"); a zero-width space after {@code - . /} inside long tokens lets
 * it break there instead. A word joiner keeps a CJK line's last character with the one before it.
 */
public final class Wrapping {
    private static final char ZWSP = '\u200A';
    private static final char WORD_JOINER = '\u2060';
    /** Tokens shorter than this fit any column the window allows; leave them alone. */
    private static final int LONG_TOKEN = 16;

    private Wrapping() {}

    /** {@code text} with break opportunities after separators inside long tokens. */
    public static String atSeparators(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int tokenStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                appendToken(out, text, tokenStart, i);
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                tokenStart = i + 1;
            }
        }
        return out.toString();
    }

    private static void appendToken(StringBuilder out, String text, int from, int to) {
        boolean longToken = to - from >= LONG_TOKEN;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out.append(c);
            if (longToken && i < to - 1 && (c == '-' || c == '.' || c == '/')) {
                out.append(ZWSP);
            }
        }
    }

    /** {@code text} whose last two characters stay on one line when they are CJK (no orphan). */
    public static String noOrphan(String text) {
        if (text == null || text.length() < 3) {
            return text;
        }
        int end = text.length();
        while (end > 0 && isClosingPunctuation(text.charAt(end - 1))) {
            end--;
        }
        if (end < 2 || !isCjk(text.charAt(end - 1)) || !isCjk(text.charAt(end - 2))) {
            return text;
        }
        return text.substring(0, end - 1) + WORD_JOINER + text.substring(end - 1);
    }

    /** The text without the invisible marks, for comparing with what was meant. */
    public static String plain(String text) {
        return text == null ? null : text.replace(String.valueOf(ZWSP), "").replace(String.valueOf(WORD_JOINER), "");
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isClosingPunctuation(char c) {
        return "。，、；：！？）」』…".indexOf(c) >= 0;
    }
}
