package dev.sysboxdoctor.remedy;

import java.util.Optional;

/** Builds the WSL kernel plans (filled in after the API commit). */
final class WslKernelPlans {
    private final RemedyEnvironment env;

    WslKernelPlans(RemedyEnvironment env) {
        this.env = env;
    }

    Optional<String> pinnedKernel() throws StepFailedException, InterruptedException {
        return Optional.empty();
    }

    boolean hasBackup() {
        return false;
    }

    PlanOrRefusal upgrade(RemedyRequest request) throws StepFailedException, InterruptedException {
        throw new StepFailedException("wsl-kernel plans arrive in the next commit (" + env.root() + ")");
    }

    PlanOrRefusal unpin(RemedyRequest request) throws StepFailedException, InterruptedException {
        throw new StepFailedException("wsl-kernel plans arrive in the next commit");
    }
}
