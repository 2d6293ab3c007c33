package dev.sysboxdoctor.inspect;

import java.time.Instant;
import java.util.List;

/**
 * A sysbox-mgr stop in its journal ({@code Stopping (gracefully) ...}): every rootfs clone was
 * deleted then. sysbox-mgr names the containers it still had registered (running or stopped)
 * with their 12-character short ids.
 *
 * @param at           when (null when the line has no readable time)
 * @param containerIds short ids from the {@code container id: <id>} lines after
 *                     {@code The following containers are active and will stop operating properly:}
 * @param lines        the journal lines it rests on
 */
public record MgrStop(Instant at, List<String> containerIds, List<String> lines) {
    public MgrStop {
        containerIds = List.copyOf(containerIds);
        lines = List.copyOf(lines);
    }
}
