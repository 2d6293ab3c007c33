package dev.sysboxdoctor.remedy;

/** Builds the precheck-override plan (filled in after the API commit). */
final class PrecheckPlans {
    private final RemedyEnvironment env;

    PrecheckPlans(RemedyEnvironment env) {
        this.env = env;
    }

    PlanOrRefusal build(RemedyRequest request) throws StepFailedException, InterruptedException {
        throw new StepFailedException("precheck plans arrive in the next commit (" + env.root() + ")");
    }
}
