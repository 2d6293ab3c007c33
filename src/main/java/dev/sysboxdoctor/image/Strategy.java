package dev.sysboxdoctor.image;

import dev.sysboxdoctor.diagnose.SysboxMode;
import java.util.List;

/**
 * How a container becomes an image. Each concrete strategy builds its temporary image itself;
 * {@link #AUTO} builds nothing: it is the plan that picks concrete strategies by the diagnosed Sysbox
 * mode and falls back in {@link StrategyPlan}'s order.
 */
public enum Strategy {
    AUTO("save") {
        @Override
        List<Strategy> attempts(SysboxMode mode, boolean sysboxContainer, boolean running) {
            List<Strategy> plan = StrategyPlan.forMode(mode, sysboxContainer);
            return running ? plan : plan.stream().filter(s -> !s.needsRunningContainer()).toList();
        }

        @Override
        Builders.Built build(Builders builders, Builders.Job job) {
            throw new IllegalStateException("AUTO is a plan, not a strategy");
        }
    },
    COMMIT("commit") {
        @Override
        boolean pausesContainer(SaveRequest req, boolean running) {
            return req.pause() && running;
        }

        @Override
        Builders.Built build(Builders builders, Builders.Job job) {
            return builders.commit(job);
        }
    },
    EXPORT_IMPORT("export-import") {
        @Override
        Builders.Built build(Builders builders, Builders.Job job) {
            return builders.exportImport(job);
        }
    },
    SNAPSHOT("snapshot") {
        @Override
        boolean needsRunningContainer() {
            return true;
        }

        @Override
        boolean readsInsideToBuild() {
            return true;
        }

        @Override
        Builders.Built build(Builders builders, Builders.Job job) {
            return builders.snapshot(job);
        }
    };

    private final String cliName;

    Strategy(String cliName) {
        this.cliName = cliName;
    }

    /** The CLI sub-command name, also used in JSON. */
    public String cliName() {
        return cliName;
    }

    /** The strategies a save with this one tries, in order: itself, or for AUTO the plan for the mode. */
    List<Strategy> attempts(SysboxMode mode, boolean sysboxContainer, boolean running) {
        return List.of(this);
    }

    /** Builds the temporary image {@code job.repo():job.tag()} from the container. */
    abstract Builders.Built build(Builders builders, Builders.Job job);

    /** The container is paused while building (docker exec cannot enter it meanwhile). */
    boolean pausesContainer(SaveRequest req, boolean running) {
        return false;
    }

    /** It takes tar inside the running container, so AUTO leaves it out for a stopped one. */
    boolean needsRunningContainer() {
        return false;
    }

    /** It needs the inside listing of the container before it can build. */
    boolean readsInsideToBuild() {
        return false;
    }
}
