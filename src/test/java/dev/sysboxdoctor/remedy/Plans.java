package dev.sysboxdoctor.remedy;

import static org.assertj.core.api.Assertions.assertThat;

/** Unwraps what Remedies answers, failing with the refusal or plan when it is the other kind. */
final class Plans {
    private Plans() {}

    static RemedyPlan ready(PlanOrRefusal p) {
        assertThat(p).as(p.toString()).isInstanceOf(PlanOrRefusal.Ready.class);
        return ((PlanOrRefusal.Ready) p).plan();
    }

    static String refused(PlanOrRefusal p) {
        assertThat(p).as(p.toString()).isInstanceOf(PlanOrRefusal.Refused.class);
        return ((PlanOrRefusal.Refused) p).reason();
    }
}
