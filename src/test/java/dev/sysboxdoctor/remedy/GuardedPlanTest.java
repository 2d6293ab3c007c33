package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.host.CancelToken;
import static dev.sysboxdoctor.remedy.Plans.ready;
import static dev.sysboxdoctor.testbed.TestBed.IMAGE;
import static dev.sysboxdoctor.testbed.TestBed.SYSBOX_RUNTIME;
import static dev.sysboxdoctor.testbed.TestBed.docker;
import static dev.sysboxdoctor.testbed.TestBed.dockerOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.TestBed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The precheck plan guarded by the image room over the test bed's engine (whose Sysbox really
 * deletes the clones on restart): a container that cannot be saved stops the plan before Sysbox
 * stops and the backups already made are kept; a container the user gives up is not saved.
 */
class GuardedPlanTest {
    @TempDir Path tmp;
    private final List<String> containers = new ArrayList<>();
    private Path root;

    @AfterEach
    void clean() {
        TestBed.removeContainers(containers.toArray(String[]::new));
        Arrays.stream(docker("images", "-q", "sysbox-doctor-backup/*").out().split("\\s+")).filter(s -> !s.isBlank()).distinct()
                .forEach(i -> docker("rmi", "-f", i));
    }

    private Remedies remedies() {
        root = FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")).sysboxOfTestBed().write();
        PathFirstRunner runner = new PathFirstRunner(root.resolve("bin"), root.resolve("usr/bin"));
        return new Remedies(RemedyEnvironment.local(runner).at(MachineAddress.THIS_MACHINE.withRoot(root)).withEscalation(Escalation.NONE)
                .withGuards(Services.with(runner).containerGuards(TestBed.dockerHost(), null)));
    }

    private String container(String what) {
        String name = TestBed.uniqueName(what);
        dockerOk("run", "-d", "--runtime", SYSBOX_RUNTIME, "--name", name, IMAGE, "sleep", "600");
        dockerOk("exec", name, "/bin/sh", "-c", "echo kept > /root/note");
        containers.add(name);
        return name;
    }

    @Test
    void aFailedSaveStopsThePlanBeforeSysboxStopsAndKeepsTheBackupsMade() throws Exception {
        RemedyPlan plan = ready(remedies().plan(RemedyId.PRECHECK_OVERRIDE));
        String a = container("guard-a");
        String b = container("guard-b");
        ContainerSafeguard guard = plan.safeguard().orElseThrow();
        List<String> firstSaved = new ArrayList<>();
        // When the first backup is verified, the other container disappears: its save must fail.
        ApplyResult r = plan.apply(Consent.GRANTED, new PlanListener() {
            @Override
            public void containerProgress(ContainerProgress p) {
                if (p.phase() == ContainerProgress.Phase.SAVED && firstSaved.isEmpty()) {
                    firstSaved.add(p.container());
                    String other = p.container().equals(a) ? b : a;
                    dockerOk("rm", "-f", other);
                }
            }
        }, new CancelToken());

        assertThat(r.outcome()).as(r.message()).isEqualTo(ApplyResult.Outcome.FAILED_ROLLED_BACK);
        assertThat(r.message()).contains("Could not save: ", "Nothing was stopped.", "The backups already made are kept: " + firstSaved.get(0));
        assertThat(guard.saved()).extracting(s -> s.container().name()).containsExactly(firstSaved.get(0));
        assertThat(dockerOk("image", "inspect", "-f", "{{.Id}}", guard.saved().get(0).backup())).startsWith("sha256:");
        assertThat(PrecheckRemedyTest.stateChangingSystemctlCalls(root)).as("Sysbox was not stopped").isEmpty();
        assertThat(plan.sysboxStopped()).isFalse();
        assertThat(plan.finish(PlanListener.NONE, new CancelToken())).as("nothing to restore").isEmpty();
        assertThat(dockerOk("exec", firstSaved.get(0), "cat", "/root/note")).isEqualTo("kept");
    }

    @Test
    void aContainerWhoseLossTheUserAcceptedIsNotSaved() throws Exception {
        String a = container("guard-keep");
        String b = container("guard-lose");
        RemedyPlan plan = ready(remedies().plan(RemedyId.PRECHECK_OVERRIDE));
        ContainerSafeguard guard = plan.safeguard().orElseThrow();
        assertThat(guard.atRisk()).extracting(AtRiskContainer::name).contains(a, b);
        assertThat(guard.atRisk()).allMatch(c -> c.changesBytes().isPresent());
        guard.acceptLoss(b);
        assertThat(guard.losses()).containsExactly(b);

        List<String> log = new ArrayList<>();
        ApplyResult r = plan.apply(Consent.GRANTED, new PlanListener() {
            @Override
            public void log(String line) {
                log.add(line);
            }
        }, new CancelToken());
        assertThat(r.outcome()).as(r.message()).isEqualTo(ApplyResult.Outcome.DONE);
        assertThat(log).contains("Not saved, as you chose: " + b + " (its changes will be lost).");
        assertThat(guard.saved()).extracting(s -> s.container().name()).contains(a).doesNotContain(b);
        assertThat(plan.verify().fixed()).isTrue();
        assertThat(plan.finish(PlanListener.NONE, new CancelToken())).extracting(RestoreResult::name).contains(a);
        assertThat(dockerOk("exec", a, "cat", "/root/note")).isEqualTo("kept");
        dockerOk("start", b);
        assertThat(dockerOk("exec", b, "/bin/sh", "-c", "cat /root/note 2>/dev/null || echo gone")).isEqualTo("gone");
    }
}
