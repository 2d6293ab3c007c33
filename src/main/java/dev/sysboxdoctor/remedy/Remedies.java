package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import java.util.Locale;

/**
 * Builds the plan for a remedy on one machine, or refuses with the reason (shiftfs not loaded,
 * kernel already new enough, no pinned kernel, no privilege path...). Building a plan only
 * reads; nothing changes before {@link RemedyPlan#apply}.
 */
public final class Remedies {
    private final RemedyEnvironment env;

    public Remedies(RemedyEnvironment env) {
        this.env = env;
    }

    public RemedyEnvironment environment() {
        return env;
    }

    /** The same remedies with plan texts, refusals and step messages in this language (the GUI's). */
    public Remedies in(Locale locale) {
        return new Remedies(env.withLocale(locale));
    }

    public PlanOrRefusal plan(RemedyId id) {
        return plan(id, RemedyRequest.DEFAULT);
    }

    public PlanOrRefusal plan(String key) {
        return RemedyId.parse(key).filter(RemedyId::hasFixPlan).map(this::plan)
                .orElseGet(() -> new PlanOrRefusal.Refused(null, env.texts().get("remedies.unknown", key)));
    }

    public PlanOrRefusal plan(RemedyId id, RemedyRequest request) {
        try {
            return switch (id) {
                case PRECHECK_OVERRIDE -> new PrecheckPlans(env).build(request);
                case WSL_KERNEL_UPGRADE -> new WslKernelUpgradePlan(env).build(request);
                case WSL_KERNEL_UNPIN -> new WslKernelUnpinPlan(env).build(request);
                case WSL_NETWORKING_NAT -> new WslNetworkingPlans(env).build(request);
                case SYSBOX_RESTART, SAVE_EXPORT_IMPORT, SAVE_SNAPSHOT, SAVE_ALL ->
                        new PlanOrRefusal.Refused(id, env.texts().get("remedies.noPlan", id.key()));
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PlanOrRefusal.Refused(id, env.texts().get("remedies.cancelled"));
        } catch (StepFailedException e) {
            return new PlanOrRefusal.Refused(id, e.getMessage());
        }
    }

    /**
     * The right WSL kernel remedy for this machine: unpin when .wslconfig pins a custom kernel,
     * else the upgrade.
     */
    public PlanOrRefusal planWslKernel(RemedyRequest request) {
        try {
            RemedyId id = new WslAccess(env).pinnedKernel().isPresent() || request.newKernelPath() != null
                    || (request.revert() && new WslAccess(env).hasBackup())
                    ? RemedyId.WSL_KERNEL_UNPIN : RemedyId.WSL_KERNEL_UPGRADE;
            return plan(id, request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UPGRADE, env.texts().get("remedies.cancelled"));
        } catch (StepFailedException e) {
            return new PlanOrRefusal.Refused(RemedyId.WSL_KERNEL_UPGRADE, e.getMessage());
        }
    }
}
