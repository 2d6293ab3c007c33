package dev.sysboxdoctor.image.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the container side's listing: {@code stat -c '%f %u %g %s %h %i %N'} records. %N prints a
 * plain name, and for a symlink {@code 'name' -> 'target'} (busybox) or {@code name -> target}
 * (GNU coreutils, run with QUOTING_STYLE=literal so names are not shell-quoted). A name may hold a newline,
 * so a record runs until the next line that starts like a record.
 */
public final class StatListing {
    public static final String FORMAT = "%f %u %g %s %h %i %N";
    private static final Pattern RECORD = Pattern.compile("(?m)^([0-9a-f]{1,8}) (\\d+) (\\d+) (\\d+) (\\d+) (\\d+) ");

    private StatListing() {}

    /** Entries of {@code out}, with paths normalized; the root "/" is left out. */
    public static List<FileEntry> parse(String out) {
        List<FileEntry> entries = new ArrayList<>();
        Matcher m = RECORD.matcher(out);
        if (!m.find()) {
            return entries;
        }
        while (true) {
            int mode = Integer.parseInt(m.group(1), 16);
            long uid = Long.parseLong(m.group(2));
            long gid = Long.parseLong(m.group(3));
            long size = Long.parseLong(m.group(4));
            long inode = Long.parseLong(m.group(6));
            int nameStart = m.end();
            boolean more = m.find();
            int end = more ? m.start() : out.length();
            String text = out.substring(nameStart, end);
            if (text.endsWith("\n")) {
                text = text.substring(0, text.length() - 1);
            }
            FileType type = FileType.fromStatMode(mode);
            String name = text;
            String target = null;
            if (type == FileType.SYMLINK) {
                int arrow = text.indexOf("' -> '");
                if (text.startsWith("'") && arrow > 0 && text.endsWith("'")) { // busybox: 'name' -> 'target'
                    name = text.substring(1, arrow);
                    target = text.substring(arrow + 6, text.length() - 1);
                } else if ((arrow = text.indexOf(" -> ")) > 0) { // GNU with QUOTING_STYLE=literal: name -> target
                    name = text.substring(0, arrow);
                    target = text.substring(arrow + 4);
                }
            }
            String path = Paths.normalize(name);
            if (!path.equals("/")) {
                entries.add(new FileEntry(path, type, mode & 07777, uid, gid, type == FileType.FILE ? size : 0,
                        target, inode, null));
            }
            if (!more) {
                return entries;
            }
        }
    }
}
