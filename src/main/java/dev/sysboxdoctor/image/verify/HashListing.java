package dev.sysboxdoctor.image.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code md5sum -- NAME...} output ("HASH  NAME\n" per readable file, in argument order;
 * sha1sum and sha256sum alike; cksum prints "CRC SIZE NAME\n").
 * The names are known, so a name with a newline cannot confuse it; a file that could not be read
 * (gone, unreadable: a message on stderr) is simply absent from the result.
 */
public final class HashListing {
    private HashListing() {}

    /** The digests the tool of {@code algorithm} printed for {@code names}. */
    public static Map<String, String> parse(String out, List<String> names, HashAlgorithm algorithm) {
        return algorithm == HashAlgorithm.CKSUM ? parseCksum(out, names)
                : parse(out, names, algorithm.ofNothing().length());
    }

    private static final Pattern CKSUM_LINE = Pattern.compile("(\\d{1,10}) \\d+ ");

    static Map<String, String> parseCksum(String out, List<String> names) {
        Map<String, String> hashes = new HashMap<>();
        int pos = 0;
        int next = 0;
        Matcher m = CKSUM_LINE.matcher(out);
        while (next < names.size() && m.find(pos) && m.start() == pos) {
            int nameAt = m.end();
            int found = -1;
            for (int k = next; k < names.size(); k++) {
                if (out.startsWith(names.get(k) + "\n", nameAt)) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                int nl = out.indexOf('\n', nameAt);
                if (nl < 0) {
                    break;
                }
                pos = nl + 1;
                continue;
            }
            hashes.put(names.get(found), m.group(1));
            pos = nameAt + names.get(found).length() + 1;
            next = found + 1;
        }
        return hashes;
    }

    public static Map<String, String> parse(String out, List<String> names, int hexLength) {
        Map<String, String> hashes = new HashMap<>();
        int pos = 0;
        int next = 0;
        while (pos + hexLength + 2 <= out.length() && next < names.size()) {
            // GNU md5sum marks a line whose name it escaped (\\ and \n) with a leading backslash.
            boolean escaped = out.charAt(pos) == '\\';
            int at = escaped ? pos + 1 : pos;
            if (at + hexLength + 2 > out.length()) {
                break;
            }
            String hash = out.substring(at, at + hexLength);
            int nameAt = at + hexLength + 2;
            int found = -1;
            String spelled = null;
            for (int k = next; k < names.size(); k++) {
                String expect = (escaped ? names.get(k).replace("\\", "\\\\").replace("\n", "\\n") : names.get(k)) + "\n";
                if (out.startsWith(expect, nameAt)) {
                    found = k;
                    spelled = expect;
                    break;
                }
            }
            if (found < 0) {
                // Not one of ours: skip this line and keep going.
                int nl = out.indexOf('\n', nameAt);
                if (nl < 0) {
                    break;
                }
                pos = nl + 1;
                continue;
            }
            hashes.put(names.get(found), hash);
            pos = nameAt + spelled.length();
            next = found + 1;
        }
        return hashes;
    }
}
