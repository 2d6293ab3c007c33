package dev.sysboxdoctor.remedy;

/** The work behind a {@link Step}: runs it, logging progress; throws {@link StepFailedException} with a plain reason. */
@FunctionalInterface
interface StepAction {
    void run(PlanListener log) throws StepFailedException, InterruptedException;
}
