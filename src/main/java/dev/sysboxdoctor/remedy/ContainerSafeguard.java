package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.report.ByteSize;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a plan that stops Sysbox or WSL from losing the Sysbox containers' changes: under rootfs
 * cloning sysbox-mgr deletes every clone when it stops, so the containers come back in their
 * image state. A plan adds it in one line, {@code plan.guardedBy(ContainerSafeguard.prepare(...))}:
 * a first step saves each container at risk as a verified image (a failed save stops the plan
 * before anything is stopped), and after the verification {@link RemedyPlan#finish} restores them.
 * Only the user's explicit word skips a save: {@link RemedyRequest#discardUnsaved()} for all, or
 * {@link #acceptLoss} for one container before apply.
 */
public final class ContainerSafeguard {
    public static final String SAVE_STEP = "save-containers";
    public static final String RESTORE_STEP = "restore-containers";
    /** Modes where Docker's own upper dir holds the changes: stopping Sysbox loses nothing. */
    private static final Set<SysboxMode> KEEPING_MODES = EnumSet.of(SysboxMode.IDMAPPED, SysboxMode.SHIFTFS,
            SysboxMode.USERNS_REMAP, SysboxMode.NOT_INSTALLED);

    private final ContainerGuard guard;
    private final ContainersAtRisk found;
    private final boolean discardAll;
    private final boolean restore;
    private final RemedyTexts t;
    private final Set<String> lossesAccepted = new LinkedHashSet<>();
    private volatile CancelToken cancel = new CancelToken();
    private volatile boolean started;
    private volatile List<SavedContainer> saved = List.of();
    private volatile List<RestoreResult> restored = List.of();

    private ContainerSafeguard(ContainerGuard guard, ContainersAtRisk found, boolean discardAll, boolean restore, RemedyTexts t) {
        this.guard = guard;
        this.found = found;
        this.discardAll = discardAll;
        this.restore = restore;
        this.t = t;
    }

    /**
     * Lists the containers at risk on the plan's target (reads only).
     *
     * @param wslDistro the WSL distro the plan stops (null: the local machine)
     * @param before    the state the plan was made from: its Sysbox mode decides whether anything is at risk
     */
    static ContainerSafeguard prepare(RemedyEnvironment env, RemedyRequest request, String wslDistro, ObservedState before)
            throws InterruptedException {
        RemedyTexts t = env.texts();
        if (env.guards() == null || keepsChanges(before)) {
            return new ContainerSafeguard(null, ContainersAtRisk.of(List.of()), request.discardUnsaved(), request.restore(), t);
        }
        ContainerGuard guard = env.guards().forTarget(wslDistro);
        return new ContainerSafeguard(guard, list(guard), request.discardUnsaved(), request.restore(), t);
    }

    /** The guard's list; a failure to ask is an unknown list, never an empty one. */
    private static ContainersAtRisk list(ContainerGuard guard) throws InterruptedException {
        try {
            return guard.atRisk();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ContainerSafeguard.class).warn("listing the containers at risk failed", e);
            return ContainersAtRisk.unknown(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Sysbox keeps container changes in Docker's own layer here (mode known and not rootfs cloning). */
    static boolean keepsChanges(ObservedState s) {
        Optional<SysboxMode> mode = s.diagnosedMode().or(() -> s.precheck().map(PrecheckObservation::mode))
                .or(() -> s.overlayIdmap().filter(Boolean::booleanValue).map(yes -> SysboxMode.IDMAPPED));
        return mode.map(KEEPING_MODES::contains).orElse(false);
    }

    // ---- what the user sees and chooses ----

    /**
     * True when Sysbox containers on this target lose their changes when Sysbox stops (rootfs
     * cloning, or a mode not known): the plan saves them first (listed again just before), or
     * warns about the loss the user accepted. Also true when none is there yet.
     */
    public boolean active() {
        return guard != null;
    }

    public String engine() {
        return guard == null ? "" : guard.engine();
    }

    /** The containers at risk when the plan was made. */
    public List<AtRiskContainer> atRisk() {
        return found.containers();
    }

    /** Why the containers could not be listed (the save step then fails unless every loss is accepted). */
    public Optional<String> unknownBecause() {
        return guard == null ? Optional.empty() : found.unknownBecause();
    }

    /** The plan saves containers first (false: nothing at risk, or the user discards them all). */
    public boolean saves() {
        return active() && !discardAll;
    }

    /** The plan restores the saved containers after the verification. */
    public boolean restores() {
        return saves() && restore;
    }

    /** The user's explicit word that this container's changes may be lost (before apply only). */
    public synchronized void acceptLoss(String container) {
        requireNotStarted();
        lossesAccepted.add(container);
    }

    /** Takes an {@link #acceptLoss} back: the container is saved again. */
    public synchronized void keep(String container) {
        requireNotStarted();
        lossesAccepted.remove(container);
    }

    /** The containers that lose their changes by the user's word (all at risk with --discard-unsaved). */
    public synchronized List<String> losses() {
        if (!active()) {
            return List.of();
        }
        return discardAll ? atRisk().stream().map(AtRiskContainer::name).toList() : List.copyOf(lossesAccepted);
    }

    /** What the save step saved (kept whatever happened after). */
    public List<SavedContainer> saved() {
        return saved;
    }

    /** What {@link RemedyPlan#finish} restored or could not restore. */
    public List<RestoreResult> restored() {
        return restored;
    }

    private void requireNotStarted() {
        if (started) {
            throw new IllegalStateException("the plan is running: choose what to save before applying it");
        }
    }

    // ---- the plan's parts ----

    /** The plan's apply() token: the saves and restores stop when it fires. */
    void cancelWith(CancelToken token) {
        cancel = token;
    }

    List<String> warnings() {
        if (!active() || !discardAll || (found.known() && found.containers().isEmpty())) {
            return List.of();
        }
        return List.of(found.known() ? t.get("guard.warn.discard", String.join(", ", losses()), engine())
                : t.get("guard.warn.discardUnknown", engine(), found.unknownBecause().orElse("")));
    }

    /** The first step, or null when nothing is saved. */
    PlannedStep saveStep() {
        if (!saves()) {
            return null;
        }
        StringBuilder note = new StringBuilder();
        if (found.known()) {
            note.append(t.get("guard.step.save.note", engine()));
            for (AtRiskContainer c : found.containers()) {
                note.append("\n  - ").append(describe(c));
            }
            if (found.containers().isEmpty()) {
                note.append("\n  ").append(t.get("guard.step.save.noneYet"));
            }
        } else {
            note.append(t.get("guard.step.save.noteUnknown", engine(), found.unknownBecause().orElse("")));
        }
        if (!restore) {
            note.append("\n  ").append(t.get("guard.step.save.noRestore"));
        }
        return new PlannedStep(Step.command(SAVE_STEP, t.get("guard.step.save"), List.of()).withNote(note.toString()),
                this::save, null, PlannedStep.Resettle.NO);
    }

    /** The step after the verification, or null. */
    PlannedStep restoreStep() {
        if (!restores()) {
            return null;
        }
        return new PlannedStep(Step.command(RESTORE_STEP, t.get("guard.step.restore"), List.of()).withNote(t.get("guard.step.restore.note")),
                this::restoreSaved, null, PlannedStep.Resettle.NO);
    }

    /** One container as the preview lists it: name, image, running or stopped, size of the changes where known. */
    public String describe(AtRiskContainer c) {
        String state = c.running() ? t.get("guard.container.running") : t.get("guard.container.stopped");
        String size = c.changesBytes().isPresent() ? t.get("guard.container.size", ByteSize.format(c.changesBytes().getAsLong())) : "";
        return t.get("guard.container", c.name(), c.image(), state, size);
    }

    private void save(PlanListener log) throws StepFailedException, InterruptedException {
        Set<String> skip;
        synchronized (this) {
            started = true;
            skip = Set.copyOf(lossesAccepted);
        }
        // Listed again: a container made since the preview is at risk too.
        ContainersAtRisk now = list(guard);
        if (!now.known()) {
            throw new StepFailedException(t.get("guard.save.cannotList", engine(), now.unknownBecause().orElse("")));
        }
        List<AtRiskContainer> toSave = now.containers().stream().filter(c -> !skip.contains(c.name())).toList();
        for (String name : skip) {
            log.log(t.get("guard.log.notSaved", name));
        }
        if (toSave.isEmpty()) {
            log.log(t.get("guard.log.nothingToSave", engine()));
            return;
        }
        SaveAllResult r = guard.saveAll(toSave, log, cancel);
        saved = r.saved();
        for (SavedContainer s : r.saved()) {
            log.log(t.get("guard.log.saved", s.container().name(), s.backup()));
        }
        if (r.cancelled()) {
            throw new InterruptedException("cancelled");
        }
        if (!r.failed().isEmpty()) {
            List<String> why = new ArrayList<>();
            r.failed().forEach(f -> why.add(t.get("guard.save.oneFailed", f.container().name(), f.reason())));
            String kept = r.saved().isEmpty() ? "" : " " + t.get("guard.save.kept", backups(r.saved()));
            throw new StepFailedException(t.get("guard.save.failed", String.join("; ", why)) + kept);
        }
    }

    private void restoreSaved(PlanListener log) throws StepFailedException, InterruptedException {
        List<RestoreResult> r = guard.restore(saved, log, cancel);
        restored = List.copyOf(r);
        List<String> failed = new ArrayList<>();
        for (RestoreResult x : r) {
            if (x.ok()) {
                log.log(x.keptOldAs().isEmpty() ? t.get("guard.log.restored", x.name(), x.saved().backup())
                        : t.get("guard.log.restoredKept", x.name(), x.saved().backup(), x.keptOldAs()));
            } else {
                failed.add(t.get("guard.restore.oneFailed", x.name(), x.reason(), x.saved().backup()));
            }
        }
        if (!failed.isEmpty()) {
            throw new StepFailedException(t.get("guard.restore.failed", String.join("; ", failed)));
        }
    }

    /** "name -> backup" for each saved container. */
    String backups(List<SavedContainer> list) {
        return String.join(", ", list.stream().map(s -> s.container().name() + " -> " + s.backup()).toList());
    }
}
