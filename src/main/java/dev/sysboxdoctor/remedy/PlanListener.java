package dev.sysboxdoctor.remedy;

/** Live log of apply/undo; called on the worker thread (the GUI hops to the FX thread itself). */
public interface PlanListener {
    PlanListener NONE = new PlanListener() {};

    default void stepStarted(Step step) {}

    /** One line of progress: the command being run, its output, a rollback notice. */
    default void log(String line) {}

    default void stepFinished(Step step, StepStatus status) {}

    /** One container's save or restore moved on (steps of a {@link ContainerSafeguard}). */
    default void containerProgress(ContainerProgress progress) {}
}
