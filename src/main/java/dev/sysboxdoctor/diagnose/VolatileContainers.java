package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.inspect.CloneFacts;
import dev.sysboxdoctor.inspect.ContainerFacts;
import dev.sysboxdoctor.inspect.DockerFacts;
import dev.sysboxdoctor.inspect.MgrStop;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.Tri;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finding {@link FindingIds#CONTAINER_CHANGES_VOLATILE}: under rootfs cloning a Sysbox container's
 * changes live only in sysbox-mgr's clone, which sysbox-mgr deletes whenever Sysbox stops
 * (facts/failures.md section A), so every Sysbox container, running or stopped, is one reboot,
 * {@code wsl --shutdown} or Sysbox restart from its image state. Evidence: the engine's
 * containers, the clone dirs under the data root where readable, and sysbox-mgr's journaled stops.
 */
final class VolatileContainers {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private VolatileContainers() {}

    /** The Sysbox containers whose changes a rootfs clone holds: all of them when the mode is cloning and the engine answered. */
    static List<ContainerFacts> atRisk(SysboxMode mode, DockerFacts docker) {
        if (mode != SysboxMode.ROOTFS_CLONING || docker == null || docker.reachable() != Tri.YES) {
            return List.of();
        }
        return docker.sysboxContainers();
    }

    /**
     * @param causeRemedies the kernel or precheck fix for this target, best first
     */
    static Optional<Finding> finding(TargetFacts t, SysboxMode mode, List<RemedyId> causeRemedies) {
        List<ContainerFacts> atRisk = atRisk(mode, t.docker());
        if (atRisk.isEmpty()) {
            return Optional.empty();
        }
        CloneFacts clones = t.sysbox().clones();
        List<String> evidence = new ArrayList<>();
        for (ContainerFacts c : atRisk) {
            evidence.add(c.name() + " (" + shortId(c.id()) + ", " + c.image() + ", " + (running(c) ? "running" : c.state()) + ")"
                    + cloneNote(clones, c));
        }
        Map<MgrStop, List<String>> lost = new LinkedHashMap<>();
        for (ContainerFacts c : atRisk) {
            MgrStop stop = clones.lastStopNaming(c.id());
            if (stop != null) {
                lost.computeIfAbsent(stop, s -> new ArrayList<>()).add(c.name());
            }
        }
        lost.keySet().forEach(s -> evidence.addAll(s.lines()));

        List<String> gone = lost.values().stream().flatMap(List::stream).distinct().toList();
        Instant lastStop = lost.keySet().stream().map(MgrStop::at).filter(at -> at != null).max(Instant::compareTo).orElse(null);

        List<RemedyId> remedies = new ArrayList<>();
        remedies.add(RemedyId.SAVE_ALL);
        remedies.addAll(causeRemedies);
        Finding.Builder f = Finding.of(FindingKind.CONTAINER_CHANGES_VOLATILE, t.name()).with(Arg.COUNT, atRisk.size())
                .with(Arg.CONTAINERS, atRisk.stream().map(ContainerFacts::name).toList())
                .note(FindingNote.CHANGES_ALREADY_LOST, !gone.isEmpty() && lastStop == null)
                .note(FindingNote.CHANGES_ALREADY_LOST_AT, !gone.isEmpty() && lastStop != null);
        if (!gone.isEmpty()) {
            f.with(Arg.LOST, gone).with(Arg.LOST_COUNT, gone.size());
            if (lastStop != null) {
                f.with(Arg.STOPPED_AT, TIME.format(lastStop));
            }
        }
        return Optional.of(f.evidence(evidence).remedies(remedies).docs(DocLinks.ISSUE_711, DocLinks.ISSUE_769, DocLinks.ISSUE_868).build());
    }

    private static String cloneNote(CloneFacts clones, ContainerFacts c) {
        if (clones.readable() != Tri.YES) {
            return "";
        }
        return clones.hasClone(c.id()) ? ": changes in " + clones.dataRoot() + "/rootfs/" + shortId(c.id()) + "..."
                : ": no clone now: changes from before Sysbox's last stop are gone (or it never ran)";
    }

    private static boolean running(ContainerFacts c) {
        return "running".equals(c.state());
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    static String format(Instant at) {
        return TIME.format(at);
    }
}
