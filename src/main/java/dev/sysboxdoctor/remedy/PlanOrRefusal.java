package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;

/** What {@link Remedies} answers: a plan to preview and apply, or a refusal with its reason. */
public sealed interface PlanOrRefusal {
    record Ready(RemedyPlan plan) implements PlanOrRefusal {}

    record Refused(RemedyId id, String reason) implements PlanOrRefusal {}
}
