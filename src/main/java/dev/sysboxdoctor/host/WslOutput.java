package dev.sysboxdoctor.host;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes what wsl.exe prints, whatever the build: UTF-16LE without BOM (the default), UTF-8
 * under {@code WSL_UTF8=1} (newer builds only; inbox wsl.exe ignores it), a Linux command's raw
 * UTF-8, CRLF or CR CR LF line ends. Never trusts the environment: the bytes are sniffed.
 */
public final class WslOutput {
    private static final Pattern ERROR_CODE = Pattern.compile("\\b((?:Wsl|WslConfig|Bash)/[\\w/]+)");

    private WslOutput() {}

    /** Text with line ends normalized to {@code \n} and stray NULs removed. */
    public static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        String text;
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            text = new String(bytes, 2, evenLength(bytes.length - 2), StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (looksUtf16le(bytes)) {
            text = new String(bytes, 0, evenLength(bytes.length), StandardCharsets.UTF_16LE);
        } else {
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        return normalize(text);
    }

    /** CR CR LF, CRLF and lone CR removed; NULs (UTF-16 read as bytes) dropped; a leading BOM char dropped. */
    public static String normalize(String text) {
        String t = text.replace("\r", "").replace("\u0000", "");
        return t.startsWith("\uFEFF") ? t.substring(1) : t;
    }

    /**
     * UTF-16LE of mostly-ASCII text has a NUL in most odd positions and almost none in even ones.
     * Real UTF-8 text never contains NUL.
     */
    static boolean looksUtf16le(byte[] b) {
        int pairs = Math.min(b.length / 2, 512);
        if (pairs == 0) {
            return false;
        }
        int oddNul = 0;
        int evenNul = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i] == 0) {
                evenNul++;
            }
            if (b[2 * i + 1] == 0) {
                oddNul++;
            }
        }
        return oddNul * 10 >= pairs * 3 && evenNul * 10 < pairs;
    }

    private static int evenLength(int n) {
        return n & ~1;
    }

    /** The first WSL error code token ({@code Wsl/Service/WSL_E_DISTRO_NOT_FOUND}), never localized; null if none. */
    public static String errorCode(String text) {
        Matcher m = ERROR_CODE.matcher(text == null ? "" : text);
        return m.find() ? m.group(1) : null;
    }
}
