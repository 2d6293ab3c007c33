package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sysboxdoctor.host.CancelToken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The plan engine: order, rollback newest-first, re-settling, cancel, incomplete rollbacks, listener events. */
class RemedyPlanTest {
    private final List<String> journal = Collections.synchronizedList(new ArrayList<>());

    private PlannedStep step(String id, boolean fail, boolean undoable, PlannedStep.Resettle resettle) {
        return new PlannedStep(Step.command(id, "step " + id, List.of("run", id)),
                log -> {
                    journal.add("do " + id);
                    if (fail) {
                        throw new StepFailedException(id + " broke");
                    }
                },
                undoable ? log -> journal.add("undo " + id) : null, resettle);
    }

    private RemedyPlan plan(PlannedStep... steps) {
        ObservedState s = ObservedState.nothing("state");
        return RemedyPlan.builder(RemedyId.PRECHECK_OVERRIDE).title("t").explanation("e").warnings(List.of("w")).steps(List.of(steps))
                .observed(s, () -> s).goal("goal", x -> true).build();
    }

    @Test
    void aFailureUndoesWhatRanNewestFirstThenResettles() {
        RemedyPlan p = plan(step("a", false, true, PlannedStep.Resettle.NO), step("b", false, true, PlannedStep.Resettle.NO),
                step("reload", false, false, PlannedStep.Resettle.IF_STARTED), step("c", true, true, PlannedStep.Resettle.NO),
                step("d", false, true, PlannedStep.Resettle.NO));
        ApplyResult r = p.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
        assertThat(r.outcome()).isEqualTo(ApplyResult.Outcome.FAILED_ROLLED_BACK);
        assertThat(r.message()).isEqualTo("step c failed: c broke");
        assertThat(journal).containsExactly("do a", "do b", "do reload", "do c", "undo b", "undo a", "do reload");
        assertThat(r.steps()).extracting(StepReport::status).containsExactly(StepStatus.ROLLED_BACK, StepStatus.ROLLED_BACK,
                StepStatus.DONE, StepStatus.FAILED, StepStatus.NOT_RUN);
        assertThat(p.canUndo()).isFalse();
    }

    @Test
    void aFailedShutdownIsNotRepeatedButAFailedRestartIs() {
        RemedyPlan p = plan(step("edit", false, true, PlannedStep.Resettle.NO), step("shutdown", true, false, PlannedStep.Resettle.IF_DONE));
        p.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
        assertThat(journal).containsExactly("do edit", "do shutdown", "undo edit");
        journal.clear();
        RemedyPlan q = plan(step("edit", false, true, PlannedStep.Resettle.NO), step("restart", true, false, PlannedStep.Resettle.IF_STARTED));
        ApplyResult r = q.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
        assertThat(journal).containsExactly("do edit", "do restart", "undo edit", "do restart");
        assertThat(r.outcome()).as("the restart failed again").isEqualTo(ApplyResult.Outcome.FAILED_ROLLBACK_INCOMPLETE);
    }

    @Test
    void aRollbackThatFailsSaysSo() {
        PlannedStep stubborn = new PlannedStep(Step.fileChange("x", "write x", "/x", "diff").withPrivilege(true),
                log -> journal.add("do x"), log -> {
                    throw new StepFailedException("disk full");
                }, PlannedStep.Resettle.NO);
        ApplyResult r = plan(stubborn, step("y", true, false, PlannedStep.Resettle.NO)).apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
        assertThat(r.outcome()).isEqualTo(ApplyResult.Outcome.FAILED_ROLLBACK_INCOMPLETE);
        assertThat(r.steps().get(0).status()).isEqualTo(StepStatus.ROLLBACK_FAILED);
        assertThat(r.steps().get(0).detail()).isEqualTo("could not undo: disk full");
        assertThat(r.message()).contains("could not be undone");
    }

    @Test
    void successCanBeUndoneOnceAndAPlanRunsOnce() {
        RemedyPlan p = plan(step("a", false, true, PlannedStep.Resettle.NO), step("reload", false, false, PlannedStep.Resettle.IF_STARTED));
        List<String> events = new ArrayList<>();
        ApplyResult r = p.apply(Consent.GRANTED, new PlanListener() {
            @Override
            public void stepStarted(Step s) {
                events.add("start " + s.id());
            }

            @Override
            public void log(String line) {
                events.add(line);
            }

            @Override
            public void stepFinished(Step s, StepStatus st) {
                events.add(st + " " + s.id());
            }
        }, new CancelToken());
        assertThat(r.done()).isTrue();
        assertThat(events).containsExactly("start a", "$ run a", "DONE a", "start reload", "$ run reload", "DONE reload");
        assertThat(p.verify().fixed()).isTrue();
        assertThat(p.canUndo()).isTrue();
        assertThat(p.undo(PlanListener.NONE, new CancelToken()).outcome()).isEqualTo(ApplyResult.Outcome.DONE);
        assertThat(journal).containsExactly("do a", "do reload", "undo a", "do reload");
        assertThat(p.canUndo()).isFalse();
        assertThatThrownBy(() -> p.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void interruptingTheWorkerCancelsTheRunningStepAndRollsBack() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        PlannedStep slow = new PlannedStep(Step.command("slow", "slow", List.of("sleep")),
                log -> {
                    inside.countDown();
                    Thread.sleep(60_000);
                }, null, PlannedStep.Resettle.NO);
        RemedyPlan p = plan(step("a", false, true, PlannedStep.Resettle.NO), slow);
        ApplyResult[] result = new ApplyResult[1];
        boolean[] stillInterrupted = new boolean[1];
        Thread worker = new Thread(() -> {
            result[0] = p.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
            stillInterrupted[0] = Thread.currentThread().isInterrupted();
        });
        worker.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        worker.interrupt();
        worker.join(10_000);
        assertThat(result[0].outcome()).isEqualTo(ApplyResult.Outcome.CANCELLED_ROLLED_BACK);
        assertThat(journal).containsExactly("do a", "undo a");
        assertThat(stillInterrupted[0]).as("the interrupt is kept for the caller").isTrue();
    }

    @Test
    void cancelKillsTheRunningCommandAndRollsBack() throws Exception {
        dev.sysboxdoctor.host.CommandRunner runner = new dev.sysboxdoctor.host.CommandRunner();
        CountDownLatch started = new CountDownLatch(1);
        PlannedStep sleep = new PlannedStep(Step.command("sleep", "sleep", List.of("sleep", "30")),
                log -> {
                    started.countDown();
                    try {
                        runner.run(dev.sysboxdoctor.host.Command.of("sleep", "30").withTimeout(java.time.Duration.ofSeconds(60)));
                    } catch (java.io.IOException e) {
                        throw new StepFailedException(e.getMessage());
                    }
                }, null, PlannedStep.Resettle.NO);
        RemedyPlan p = plan(step("a", false, true, PlannedStep.Resettle.NO), sleep);
        CancelToken cancel = new CancelToken();
        ApplyResult[] result = new ApplyResult[1];
        Thread worker = new Thread(() -> result[0] = p.apply(Consent.GRANTED, PlanListener.NONE, cancel));
        long t0 = System.nanoTime();
        worker.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        cancel.cancel();
        worker.join(15_000);
        assertThat(result[0].outcome()).isEqualTo(ApplyResult.Outcome.CANCELLED_ROLLED_BACK);
        assertThat(journal).containsExactly("do a", "undo a");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anUnexpectedExceptionInAStepIsAFailureThatRollsBack() {
        PlannedStep bug = new PlannedStep(Step.command("bug", "buggy", List.of("x")),
                log -> {
                    throw new IllegalStateException("unexpected state");
                }, null, PlannedStep.Resettle.NO);
        ApplyResult r = plan(step("a", false, true, PlannedStep.Resettle.NO), bug).apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
        assertThat(r.outcome()).isEqualTo(ApplyResult.Outcome.FAILED_ROLLED_BACK);
        assertThat(r.message()).isEqualTo("buggy failed: unexpected state");
        assertThat(journal).containsExactly("do a", "undo a");
    }

    @Test
    void previewListsExplanationWarningsStepsAndGoal() {
        String text = plan(step("a", false, true, PlannedStep.Resettle.NO)).preview();
        assertThat(text).isEqualTo("t\n\ne\n\nWARNING: w\n\n1. step a\n  $ run a\n\nThen: goal\n");
    }
}
