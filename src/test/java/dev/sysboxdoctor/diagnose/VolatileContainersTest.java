package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.report.FindingCatalogue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.inspect.CloneFacts;
import dev.sysboxdoctor.inspect.ContainerFacts;
import dev.sysboxdoctor.inspect.JournalParser;
import dev.sysboxdoctor.inspect.MgrStop;
import dev.sysboxdoctor.inspect.ShiftfsState;
import dev.sysboxdoctor.inspect.Tri;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding container-changes-volatile: which containers are at risk, what the evidence says, what to do. */
class VolatileContainersTest {
    private static final String WEB = "a".repeat(64);
    private static final String DB = "b".repeat(64);
    private static final String PLAIN = "c".repeat(64);

    private static Facts cloning() {
        return Facts.wsl2("5.15.153.1-microsoft-standard-WSL2").journal("Shiftfs module found in kernel: no",
                "ID-mapped mounts supported by kernel: yes", "Overlayfs on ID-mapped mounts supported by kernel: no")
                .containers(new ContainerFacts(WEB, "web", "ubuntu:24.04", "sysbox-runc", "running"),
                        new ContainerFacts(DB, "db", "postgres:16", "sysbox-runc", "exited"),
                        new ContainerFacts(PLAIN, "plain", "alpine", "runc", "running"));
    }

    private static Finding volatileFinding(Diagnosis d) {
        return d.findings().stream().filter(f -> f.id().equals(FindingIds.CONTAINER_CHANGES_VOLATILE)).findFirst().orElseThrow();
    }

    @Test
    void everySysboxContainerRunningOrStoppedIsAtRiskUnderCloning() {
        Diagnosis d = new Diagnoser().diagnose(cloning().build());
        assertThat(d.targets().get(0).mode()).isEqualTo(SysboxMode.ROOTFS_CLONING);
        assertThat(d.targets().get(0).containersAtRisk()).extracting(ContainerFacts::name).containsExactly("web", "db");
        Finding f = volatileFinding(d);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.target()).isEqualTo("Ubuntu");
        assertThat(FindingCatalogue.english().title(f)).isEqualTo("2 Sysbox containers will lose their changes when Sysbox stops");
        assertThat(FindingCatalogue.english().detail(f)).contains("web, db", "wsl --shutdown", "systemctl restart sysbox").doesNotContain("plain");
        assertThat(f.evidence()).containsExactly("web (aaaaaaaaaaaa, ubuntu:24.04, running)", "db (bbbbbbbbbbbb, postgres:16, exited)");
        assertThat(f.remedies()).containsExactly(RemedyId.SAVE_ALL, RemedyId.WSL_KERNEL_UPGRADE);
    }

    @Test
    void cloneDirsAndAJournaledStopAreEvidenceAndTheLostChangesAreNamed() {
        String journal = String.join("\n",
                "Nov 28 10:00:00 fixture sysbox-mgr[4242]: time=\"2026-11-28T10:00:00Z\" level=info msg=\"Stopping (gracefully) ...\"",
                "Nov 28 10:00:00 fixture sysbox-mgr[4242]: time=\"2026-11-28T10:00:00Z\" level=warning msg=\"The following containers are active and will stop operating properly:\"",
                "Nov 28 10:00:00 fixture sysbox-mgr[4242]: time=\"2026-11-28T10:00:00Z\" level=warning msg=\"container id: bbbbbbbbbbbb\"",
                "Nov 28 10:00:01 fixture sysbox-mgr[4242]: time=\"2026-11-28T10:00:01Z\" level=info msg=\"Stopped.\"");
        List<MgrStop> stops = JournalParser.stops(journal);
        assertThat(stops).hasSize(1);
        assertThat(stops.get(0).at()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(stops.get(0).containerIds()).containsExactly("bbbbbbbbbbbb");
        CloneFacts clones = new CloneFacts(Tri.YES, "/var/lib/sysbox", List.of(WEB), stops, List.of());
        Finding f = volatileFinding(new Diagnoser().diagnose(cloning().clones(clones).build()));
        assertThat(f.evidence()).startsWith("web (aaaaaaaaaaaa, ubuntu:24.04, running): changes in /var/lib/sysbox/rootfs/aaaaaaaaaaaa...",
                "db (bbbbbbbbbbbb, postgres:16, exited): no clone now: changes from before Sysbox's last stop are gone (or it never ran)");
        assertThat(f.evidence()).contains(journal.split("\n")[2].strip());
        assertThat(FindingCatalogue.english().detail(f)).contains("Sysbox stopped at 2026-11-28 10:00:00 UTC while db was registered: changes made before then are already gone.");
    }

    @Test
    void noFindingWithoutCloningOrWithoutSysboxContainersOrWithoutAnEngine() {
        Diagnosis idmapped = new Diagnoser().diagnose(Facts.wsl2("6.6.87.2-microsoft-standard-WSL2")
                .journal("Shiftfs module found in kernel: no", "ID-mapped mounts supported by kernel: yes",
                        "Overlayfs on ID-mapped mounts supported by kernel: yes").build());
        assertThat(idmapped.findings()).noneMatch(f -> f.id().equals(FindingIds.CONTAINER_CHANGES_VOLATILE));
        assertThat(idmapped.targets().get(0).containersAtRisk()).isEmpty();
        Diagnosis noContainers = new Diagnoser().diagnose(cloning().containers(
                new ContainerFacts(PLAIN, "plain", "alpine", "runc", "running")).build());
        assertThat(noContainers.findings()).noneMatch(f -> f.id().equals(FindingIds.CONTAINER_CHANGES_VOLATILE));
    }

    @Test
    void aFailingShiftfsPrecheckOffersThePrecheckFix() {
        Diagnosis d = new Diagnoser().diagnose(Facts.nativeLinux("5.15.0-138-generic").shiftfs(ShiftfsState.LOADED).sysboxVersion("0.6.6")
                .journal("Shiftfs module found in kernel: yes", "Shiftfs works properly: no", "Shiftfs-on-overlayfs works properly: no",
                        "ID-mapped mounts supported by kernel: yes", "Overlayfs on ID-mapped mounts supported by kernel: no")
                .containers(new ContainerFacts(WEB, "web", "ubuntu:24.04", "sysbox-runc", "running")).build());
        assertThat(volatileFinding(d).remedies()).containsExactly(RemedyId.SAVE_ALL, RemedyId.PRECHECK_OVERRIDE);
    }
}
