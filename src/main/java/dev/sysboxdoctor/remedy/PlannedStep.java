package dev.sysboxdoctor.remedy;

/**
 * A step with its work and its way back.
 *
 * @param rollback  undoes the step's change (null: nothing to undo, or cannot be undone)
 * @param resettle  after a rollback, whether to run this step's action once more so the
 *                  restored files take effect (daemon-reload, restart, wsl --shutdown)
 * @param stopsSysbox the step stops Sysbox or WSL: once it has started, containers under rootfs
 *                  cloning are back in their image state (see {@link ContainerSafeguard})
 */
record PlannedStep(Step step, StepAction action, StepAction rollback, Resettle resettle, boolean stopsSysbox) {
    enum Resettle {
        NO,
        /** Only if the step had succeeded (a failed wsl --shutdown changed nothing). */
        IF_DONE,
        /** Also if the step had failed half-way (a failed restart may leave the service down). */
        IF_STARTED
    }

    PlannedStep(Step step, StepAction action, StepAction rollback, Resettle resettle) {
        this(step, action, rollback, resettle, false);
    }

    /** This step, marked as one that stops Sysbox or WSL. */
    PlannedStep stoppingSysbox() {
        return new PlannedStep(step, action, rollback, resettle, true);
    }
}
