package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.inspect.JournalParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * sysbox-mgr's journal as start blocks (split by inspect's {@link JournalParser}, which reads the
 * same journal for the diagnosis), with the questions a precheck change asks of the newest. Pure.
 */
final class MgrJournal {

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
        for (List<String> lines : JournalParser.startBlocks(journal)) {
            out.add(new StartBlock(out.size(), lines.get(0), lines.stream().map(JournalParser::message).toList()));
        }
        return out;
    }

    static Optional<StartBlock> newest(String journal) {
        List<StartBlock> b = blocks(journal);
        return b.isEmpty() ? Optional.empty() : Optional.of(b.get(b.size() - 1));
    }
}
