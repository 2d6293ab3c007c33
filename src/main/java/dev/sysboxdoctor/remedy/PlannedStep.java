package dev.sysboxdoctor.remedy;

/**
 * A step with its work and its way back.
 *
 * @param rollback  undoes the step's change (null: nothing to undo, or cannot be undone)
 * @param resettle  after a rollback, whether to run this step's action once more so the
 *                  restored files take effect (daemon-reload, restart, wsl --shutdown)
 */
record PlannedStep(Step step, StepAction action, StepAction rollback, Resettle resettle) {
    enum Resettle {
        NO,
        /** Only if the step had succeeded (a failed wsl --shutdown changed nothing). */
        IF_DONE,
        /** Also if the step had failed half-way (a failed restart may leave the service down). */
        IF_STARTED
    }
}
