package dev.sysboxdoctor.remedy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A .wslconfig as lines that round-trip byte for byte: the BOM and encoding (UTF-8, UTF-8 with
 * BOM, UTF-16LE with or without BOM, UTF-16BE with BOM) and every line's own terminator (CRLF, LF,
 * CR, none) are kept; edits replace or add whole lines only. Pure: bytes in, bytes out.
 *
 * <p>WSL's parser ({@code src/shared/configfile/configfile.cpp}): {@code [section]}, {@code key = value},
 * {@code #} comments outside quotes, escapes {@code \\ \" \n \t \b}. Matching here is
 * case-insensitive on section and key so a pin is never missed.
 */
final class WslConfigText {
    static final String MARKER = "# sysbox-doctor: ";

    /** How the file is stored, so that encode(decode(b)) == b. */
    record Encoding(Charset charset, byte[] bom) {
        static final Encoding UTF8 = new Encoding(StandardCharsets.UTF_8, new byte[0]);
    }

    /** One line: its text without terminator, and the terminator it had ("" on a last line without one). */
    record Line(String text, String eol) {}

    /** An active {@code kernel=} line under {@code [wsl2]}: its index and the unescaped Windows path. */
    record KernelPin(int line, String path) {}

    private final Encoding encoding;
    private final List<Line> lines;

    private WslConfigText(Encoding encoding, List<Line> lines) {
        this.encoding = encoding;
        this.lines = List.copyOf(lines);
    }

    static WslConfigText empty() {
        return new WslConfigText(Encoding.UTF8, List.of());
    }

    /**
     * @throws IllegalArgumentException when the bytes cannot be decoded so that they encode back
     *                                  identically (then the file must not be edited)
     */
    static WslConfigText decode(byte[] bytes) {
        Encoding enc = sniff(bytes);
        byte[] body = Arrays.copyOfRange(bytes, enc.bom().length, bytes.length);
        String text = strictDecode(body, enc.charset());
        if (text == null && enc.charset() == StandardCharsets.UTF_8) {
            // Not UTF-8 (an ANSI code page file): ISO-8859-1 keeps every byte; keys and brackets are ASCII.
            enc = new Encoding(StandardCharsets.ISO_8859_1, enc.bom());
            text = new String(body, StandardCharsets.ISO_8859_1);
        }
        if (text == null) {
            throw new IllegalArgumentException("it is not valid " + enc.charset().name() + " text");
        }
        WslConfigText parsed = new WslConfigText(enc, split(text));
        if (!Arrays.equals(parsed.encode(), bytes)) {
            throw new IllegalArgumentException("its encoding does not round-trip exactly");
        }
        return parsed;
    }

    byte[] encode() {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.text()).append(l.eol()));
        byte[] body = sb.toString().getBytes(encoding.charset());
        byte[] out = Arrays.copyOf(encoding.bom(), encoding.bom().length + body.length);
        System.arraycopy(body, 0, out, encoding.bom().length, body.length);
        return out;
    }

    /** The text as a person reads it (for diffs). */
    String text() {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.text()).append('\n'));
        return sb.toString();
    }

    Encoding encoding() {
        return encoding;
    }

    List<Line> lines() {
        return lines;
    }

    /** The kernel WSL will boot: the last active {@code kernel=} under any {@code [wsl2]} section. */
    Optional<KernelPin> pinnedKernel() {
        List<KernelPin> all = kernelLines();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every active {@code kernel=} under {@code [wsl2]} (duplicates included), in file order. */
    List<KernelPin> kernelLines() {
        return keyLines("kernel");
    }

    /** Every active {@code key=} under {@code [wsl2]}, in file order, with its unescaped value. */
    List<KernelPin> keyLines(String key) {
        List<KernelPin> out = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.startsWith("[") && t.contains("]")) {
                section = t.substring(1, t.indexOf(']')).strip().toLowerCase(Locale.ROOT);
                continue;
            }
            int eq = t.indexOf('=');
            if (t.isEmpty() || t.startsWith("#") || eq < 0 || !section.equals("wsl2")) {
                continue;
            }
            if (t.substring(0, eq).strip().equalsIgnoreCase(key)) {
                out.add(new KernelPin(i, unescape(t.substring(eq + 1))));
            }
        }
        return out;
    }

    /**
     * Every active kernel pin commented out with a marker, and {@code kernelModules=} with it (it
     * belongs to the custom kernel and WSL rejects it without {@code kernel=}); other lines untouched.
     */
    WslConfigText disableKernelPins() {
        List<Line> out = new ArrayList<>(lines);
        List<KernelPin> changed = new ArrayList<>(kernelLines());
        changed.addAll(keyLines("kernelModules"));
        for (KernelPin pin : changed) {
            Line l = out.get(pin.line());
            out.set(pin.line(), new Line(MARKER + l.text().strip(), l.eol()));
        }
        return new WslConfigText(encoding, out);
    }

    /**
     * {@code kernel=} pointed at another file: the last pin's line is replaced, earlier duplicates
     * are commented out; with no pin, the line goes under the first [wsl2] section, or a new
     * [wsl2] section is appended.
     */
    WslConfigText pointKernelAt(String windowsPath) {
        String newLine = "kernel=" + escape(windowsPath);
        List<KernelPin> pins = kernelLines();
        List<Line> out = new ArrayList<>(lines);
        String eol = dominantEol();
        if (!pins.isEmpty()) {
            for (int k = 0; k < pins.size() - 1; k++) {
                Line l = out.get(pins.get(k).line());
                out.set(pins.get(k).line(), new Line(MARKER + l.text().strip(), l.eol()));
            }
            Line last = out.get(pins.get(pins.size() - 1).line());
            out.set(pins.get(pins.size() - 1).line(), new Line(newLine, last.eol()));
            return new WslConfigText(encoding, out);
        }
        int header = wsl2Header();
        if (header >= 0) {
            Line h = out.get(header);
            if (h.eol().isEmpty()) {
                out.set(header, new Line(h.text(), eol));
                out.add(header + 1, new Line(newLine, ""));
            } else {
                out.add(header + 1, new Line(newLine, h.eol()));
            }
            return new WslConfigText(encoding, out);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).eol().isEmpty()) {
            Line last = out.get(out.size() - 1);
            out.set(out.size() - 1, new Line(last.text(), eol));
        }
        out.add(new Line("[wsl2]", eol));
        out.add(new Line(newLine, eol));
        return new WslConfigText(encoding, out);
    }

    /**
     * WSL's networking back to NAT: every active {@code networkingMode=} under {@code [wsl2]} is
     * commented out with a marker and {@code networkingMode=nat} goes right after the last one;
     * every other byte stays as it was.
     */
    WslConfigText networkingNat() {
        List<KernelPin> modes = keyLines("networkingMode");
        if (modes.isEmpty()) {
            return this;
        }
        List<Line> out = new ArrayList<>(lines);
        for (KernelPin m : modes) {
            Line l = out.get(m.line());
            out.set(m.line(), new Line(MARKER + l.text().strip(), l.eol()));
        }
        int last = modes.get(modes.size() - 1).line();
        Line l = out.get(last);
        if (l.eol().isEmpty()) {
            out.set(last, new Line(l.text(), dominantEol()));
            out.add(last + 1, new Line("networkingMode=nat", ""));
        } else {
            out.add(last + 1, new Line("networkingMode=nat", l.eol()));
        }
        return new WslConfigText(encoding, out);
    }

    /** The networking mode WSL will use from this file: the last active value (comment and quotes stripped), or empty. */
    Optional<String> networkingMode() {
        List<KernelPin> modes = keyLines("networkingMode");
        if (modes.isEmpty()) {
            return Optional.empty();
        }
        String v = modes.get(modes.size() - 1).path();
        int hash = v.indexOf('#');
        return Optional.of((hash >= 0 ? v.substring(0, hash) : v).strip().replace("\"", ""));
    }

    private int wsl2Header() {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.startsWith("[") && t.contains("]")
                    && t.substring(1, t.indexOf(']')).strip().equalsIgnoreCase("wsl2")) {
                return i;
            }
        }
        return -1;
    }

    /** The terminator most lines use; CRLF for a file without any (it is a Windows file). */
    private String dominantEol() {
        long crlf = lines.stream().filter(l -> l.eol().equals("\r\n")).count();
        long lf = lines.stream().filter(l -> l.eol().equals("\n")).count();
        long cr = lines.stream().filter(l -> l.eol().equals("\r")).count();
        if (lf > crlf && lf >= cr) {
            return "\n";
        }
        if (cr > crlf && cr > lf) {
            return "\r";
        }
        return "\r\n";
    }

    /** A Windows path written the way WSL's parser reads it back: {@code \} as {@code \\}, {@code "} as {@code \"}. */
    static String escape(String windowsPath) {
        return windowsPath.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A raw value as WSL reads it: trailing comment dropped, quotes removed, escapes resolved. */
    static String unescape(String raw) {
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        String v = raw.strip();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'b' -> sb.append('\b');
                    default -> sb.append(n);
                }
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                break;
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }

    private static Encoding sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE});
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF});
        }
        if (b.length >= 2 && b.length % 2 == 0 && b[0] != 0 && b[1] == 0) {
            return new Encoding(StandardCharsets.UTF_16LE, new byte[0]);
        }
        return Encoding.UTF8;
    }

    private static String strictDecode(byte[] body, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static List<Line> split(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.add(new Line(text.substring(start, i), "\n"));
                start = ++i;
            } else if (c == '\r') {
                boolean crlf = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                out.add(new Line(text.substring(start, i), crlf ? "\r\n" : "\r"));
                i += crlf ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            out.add(new Line(text.substring(start), ""));
        }
        return out;
    }
}
