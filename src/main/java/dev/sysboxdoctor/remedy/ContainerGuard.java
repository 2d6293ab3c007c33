package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.CancelToken;
import java.util.List;

/**
 * The containers a plan must not lose: lists the Sysbox containers of one Docker Engine, saves them
 * as verified images and restores them from those images. Implemented outside this room (the image
 * room's save-all and restore); plans use it through {@link ContainerSafeguard}. Every method
 * blocks; none throws for one container's failure (that is in the result).
 */
public interface ContainerGuard {
    /** The engine, as the user would name it (e.g. {@code wsl://Ubuntu}). */
    String engine();

    /** Every Sysbox container, running or stopped, with the size of its changes where the engine knows it. */
    ContainersAtRisk atRisk() throws InterruptedException;

    /** Saves each container as a verified image, one after another, until done or cancelled. */
    SaveAllResult saveAll(List<AtRiskContainer> containers, PlanListener listener, CancelToken cancel)
            throws InterruptedException;

    /**
     * Recreates each container from its backup with its old configuration (the old one renamed and
     * kept). Waits for the engine to answer first: it may just have come back from a restart.
     */
    List<RestoreResult> restore(List<SavedContainer> saved, PlanListener listener, CancelToken cancel)
            throws InterruptedException;

    /** The guard for the engine a plan's target runs. */
    @FunctionalInterface
    interface Source {
        /** @param wslDistro the WSL distro the plan acts on; null: the local machine */
        ContainerGuard forTarget(String wslDistro);
    }
}
