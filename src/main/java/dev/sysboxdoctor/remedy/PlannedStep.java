package dev.sysboxdoctor.remedy;

/**
 * A step with its work and its way back.
 *
 * @param rollback  undoes the step's change (null: nothing to undo, or cannot be undone)
 * @param resettle  after a rollback, run this step's action once more (e.g. daemon-reload and
 *                  restart so the restored files take effect), if it had run forwards
 */
record PlannedStep(Step step, StepAction action, StepAction rollback, boolean resettle) {
    static PlannedStep check(Step step, StepAction action) {
        return new PlannedStep(step, action, null, false);
    }
}
