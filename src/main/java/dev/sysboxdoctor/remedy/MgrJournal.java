package dev.sysboxdoctor.remedy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sysbox-mgr's journal as start blocks: a block begins at {@code Starting sysbox-mgr} (or the
 * older {@code Starting ...}) and holds the messages up to the next start. Lines may be
 * logrus text with or without journalctl's prefix; only {@code msg="..."} is used. Pure.
 */
final class MgrJournal {
    private static final Pattern MSG = Pattern.compile("msg=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The newest start block: its first raw line (identifies it) and its messages. */
    record StartBlock(int ordinal, String startLine, List<String> messages) {
        StartBlock {
            messages = List.copyOf(messages);
        }

        boolean says(String message) {
            return messages.contains(message);
        }

        boolean mentions(String prefix) {
            return messages.stream().anyMatch(m -> m.startsWith(prefix));
        }

        /** The shiftfs precheck was skipped: the module is found and no "works properly" lines follow. */
        boolean precheckSkipped() {
            return says("Shiftfs module found in kernel: yes") && !mentions("Shiftfs works properly:")
                    && !mentions("Shiftfs-on-overlayfs works properly:");
        }

        boolean precheckRan() {
            return mentions("Shiftfs works properly:");
        }
    }

    private MgrJournal() {}

    static List<StartBlock> blocks(String journal) {
        List<StartBlock> out = new ArrayList<>();
        String startLine = null;
        List<String> messages = new ArrayList<>();
        for (String line : journal.split("\r?\n")) {
            Matcher m = MSG.matcher(line);
            if (!m.find()) {
                continue;
            }
            String msg = m.group(1).replace("\\\"", "\"");
            if (msg.equals("Starting sysbox-mgr") || msg.equals("Starting ...")) {
                if (startLine != null) {
                    out.add(new StartBlock(out.size(), startLine, messages));
                }
                startLine = line;
                messages = new ArrayList<>();
            }
            if (startLine != null) {
                messages.add(msg);
            }
        }
        if (startLine != null) {
            out.add(new StartBlock(out.size(), startLine, messages));
        }
        return out;
    }

    static java.util.Optional<StartBlock> newest(String journal) {
        List<StartBlock> b = blocks(journal);
        return b.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(b.get(b.size() - 1));
    }
}
