package dev.sysboxdoctor.app;

import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.image.ContainerSave;
import dev.sysboxdoctor.image.ImageEngineException;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.image.RestoreOutcome;
import dev.sysboxdoctor.image.RestoreRequest;
import dev.sysboxdoctor.image.SaveAllListener;
import dev.sysboxdoctor.image.SaveAllOutcome;
import dev.sysboxdoctor.image.SaveAllProgress;
import dev.sysboxdoctor.image.SaveAllRequest;
import dev.sysboxdoctor.remedy.AtRiskContainer;
import dev.sysboxdoctor.remedy.ContainerGuard;
import dev.sysboxdoctor.remedy.ContainerProgress;
import dev.sysboxdoctor.remedy.ContainerProgress.Phase;
import dev.sysboxdoctor.remedy.ContainersAtRisk;
import dev.sysboxdoctor.remedy.PlanListener;
import dev.sysboxdoctor.remedy.RestoreResult;
import dev.sysboxdoctor.remedy.SaveAllResult;
import dev.sysboxdoctor.remedy.SaveFailure;
import dev.sysboxdoctor.remedy.SavedContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The remedy room's {@link ContainerGuard} over the image room: one Docker Engine's Sysbox
 * containers, saved with the image room's verified save-all and put back with its restore. Each
 * call opens its own connection (the engine may have restarted in between) and closes it.
 */
final class EngineContainerGuard implements ContainerGuard {
    /** How long the restore waits for the engine to answer again after WSL or Sysbox restarted. */
    static final Duration ENGINE_BACK = Duration.ofMinutes(2);
    private final String label;
    private final Supplier<ImageService> connect;

    /**
     * @param dockerHost the endpoint (null: DOCKER_HOST or the local socket)
     * @param wslExe     the wsl.exe for {@code wsl://} endpoints, or null
     */
    EngineContainerGuard(String dockerHost, String wslExe) {
        this.label = label(dockerHost);
        this.connect = () -> ImageService.connect(dockerHost, wslExe);
    }

    private static String label(String dockerHost) {
        if (dockerHost != null) {
            return dockerHost;
        }
        String env = System.getenv("DOCKER_HOST");
        return env != null && !env.isBlank() ? env : "the local Docker Engine";
    }

    @Override
    public String engine() {
        return label;
    }

    @Override
    public ContainersAtRisk atRisk() {
        try (ImageService images = connect.get()) {
            Map<String, Long> sizes = images.writableLayerSizes();
            return ContainersAtRisk.of(images.listSysboxContainers().stream()
                    .map(c -> new AtRiskContainer(c.id(), c.name(), c.image(), c.running(),
                            sizes.containsKey(c.id()) ? OptionalLong.of(sizes.get(c.id())) : OptionalLong.empty()))
                    .toList());
        } catch (ImageEngineException e) {
            return ContainersAtRisk.unknown(e.getMessage());
        }
    }

    @Override
    public SaveAllResult saveAll(List<AtRiskContainer> containers, PlanListener listener, CancelToken cancel) {
        Map<String, AtRiskContainer> byId = containers.stream().collect(Collectors.toMap(AtRiskContainer::id, Function.identity()));
        CancelToken token = new CancelToken();
        SaveAllRequest request = SaveAllRequest.all(SysboxMode.ROOTFS_CLONING).withOnly(containers.stream().map(AtRiskContainer::id).toList());
        try (ImageService images = connect.get(); AutoCloseable hook = cancel.onCancel(token::cancel)) {
            SaveAllOutcome o = images.saveAll(request, new SaveAllListener() {
                @Override
                public void onProgress(SaveAllProgress p) {
                    listener.containerProgress(new ContainerProgress(p.container().name(), Phase.SAVING,
                            p.step().fraction(), p.headline() + ": " + p.step().message()));
                }

                @Override
                public void onContainerDone(int index, int total, ContainerSave r) {
                    listener.containerProgress(new ContainerProgress(r.container().name(), r.saved() ? Phase.SAVED : Phase.SAVE_FAILED,
                            r.saved() ? 1 : -1, r.saved() ? r.tag() : r.reason()));
                }
            }, token);
            List<SavedContainer> saved = new ArrayList<>();
            List<SaveFailure> failed = new ArrayList<>();
            o.saved().forEach(s -> saved.add(new SavedContainer(match(byId, s.container()), s.tag())));
            o.failed().forEach(s -> failed.add(new SaveFailure(match(byId, s.container()), s.reason())));
            return new SaveAllResult(saved, failed, o.cancelled());
        } catch (ImageEngineException e) {
            return new SaveAllResult(List.of(), containers.stream().map(c -> new SaveFailure(c, e.getMessage())).toList(), false);
        } catch (CancellationException e) {
            return new SaveAllResult(List.of(), List.of(), true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AtRiskContainer match(Map<String, AtRiskContainer> byId, ContainerInfo c) {
        AtRiskContainer known = byId.get(c.id());
        return known != null ? known : new AtRiskContainer(c.id(), c.name(), c.image(), c.running(), OptionalLong.empty());
    }

    @Override
    public List<RestoreResult> restore(List<SavedContainer> saved, PlanListener listener, CancelToken cancel)
            throws InterruptedException {
        CancelToken token = new CancelToken();
        List<RestoreResult> out = new ArrayList<>();
        try (AutoCloseable hook = cancel.onCancel(token::cancel); ImageService images = whenEngineAnswers(cancel)) {
            for (SavedContainer s : saved) {
                String name = s.container().name();
                if (token.isCancelled()) {
                    throw new InterruptedException("cancelled");
                }
                listener.containerProgress(new ContainerProgress(name, Phase.RESTORING, 0, "from " + s.backup()));
                try {
                    // Sysbox's stop ended the old container: start the new one when the user had it running before the fix.
                    RestoreOutcome o = images.restore(new RestoreRequest(s.backup(), s.container().id(), s.container().running()),
                            p -> listener.containerProgress(new ContainerProgress(name, Phase.RESTORING, p.fraction(), p.message())), token);
                    out.add(o.restored() ? new RestoreResult(s, true, o.keptAs(), "")
                            : new RestoreResult(s, false, "", String.join(" ", o.notes())));
                } catch (ImageEngineException e) {
                    out.add(new RestoreResult(s, false, "", e.getMessage()));
                }
                RestoreResult r = out.get(out.size() - 1);
                listener.containerProgress(new ContainerProgress(name, r.ok() ? Phase.RESTORED : Phase.RESTORE_FAILED,
                        r.ok() ? 1 : -1, r.ok() ? r.keptOldAs() : r.reason()));
            }
            return out;
        } catch (CancellationException e) {
            throw new InterruptedException("cancelled");
        } catch (InterruptedException e) {
            throw e;
        } catch (ImageEngineException e) {
            saved.stream().skip(out.size()).forEach(s -> out.add(new RestoreResult(s, false, "", e.getMessage())));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection once the engine answers (it may be coming back from a WSL or Sysbox restart). */
    private ImageService whenEngineAnswers(CancelToken cancel) throws InterruptedException {
        long deadline = System.nanoTime() + ENGINE_BACK.toNanos();
        while (true) {
            ImageService images = null;
            try {
                images = connect.get();
                images.listSysboxContainers();
                return images;
            } catch (ImageEngineException e) {
                if (images != null) {
                    images.close();
                }
                if (System.nanoTime() > deadline || cancel.isCancelled()) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }
}
