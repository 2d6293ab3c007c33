package dev.sysboxdoctor.app;

import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.image.ImageEngineException;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.SaveRequest;
import dev.sysboxdoctor.image.Strategy;
import dev.sysboxdoctor.remedy.AtRiskContainer;
import dev.sysboxdoctor.remedy.CancelToken;
import dev.sysboxdoctor.remedy.ContainerGuard;
import dev.sysboxdoctor.remedy.ContainerProgress;
import dev.sysboxdoctor.remedy.ContainersAtRisk;
import dev.sysboxdoctor.remedy.PlanListener;
import dev.sysboxdoctor.remedy.RestoreResult;
import dev.sysboxdoctor.remedy.SaveAllResult;
import dev.sysboxdoctor.remedy.SaveFailure;
import dev.sysboxdoctor.remedy.SavedContainer;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The remedy room's {@link ContainerGuard} over the image room: one Docker Engine's Sysbox
 * containers, saved with the image room's verified save-all and put back with its restore. Each
 * call opens its own connection (the engine may have restarted in between) and closes it.
 */
final class EngineContainerGuard implements ContainerGuard {
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
    public ContainersAtRisk atRisk() throws InterruptedException {
        try (ImageService images = connect.get()) {
            return ContainersAtRisk.of(images.listContainers().stream().filter(ContainerInfo::sysbox)
                    .map(c -> new AtRiskContainer(c.id(), c.name(), c.image(), c.running(), OptionalLong.empty())).toList());
        } catch (ImageEngineException e) {
            return ContainersAtRisk.unknown(e.getMessage());
        }
    }

    @Override
    public SaveAllResult saveAll(List<AtRiskContainer> containers, PlanListener listener, CancelToken cancel)
            throws InterruptedException {
        java.util.List<SavedContainer> saved = new java.util.ArrayList<>();
        java.util.List<SaveFailure> failed = new java.util.ArrayList<>();
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now());
        dev.sysboxdoctor.image.CancelToken token = new dev.sysboxdoctor.image.CancelToken();
        try (ImageService images = connect.get(); AutoCloseable hook = cancel.onCancel(token::cancel)) {
            for (AtRiskContainer c : containers) {
                if (token.isCancelled()) {
                    return new SaveAllResult(saved, failed, true);
                }
                String tag = "sysbox-doctor-backup/" + c.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-") + ":" + stamp;
                listener.containerProgress(new ContainerProgress(c.name(), ContainerProgress.Phase.SAVING, 0, "saving as " + tag));
                try {
                    SaveOutcome o = images.save(SaveRequest.of(c.id(), tag, Strategy.AUTO).withModeHint("ROOTFS_CLONING"),
                            p -> listener.containerProgress(new ContainerProgress(c.name(), ContainerProgress.Phase.SAVING,
                                    p.fraction(), p.message())), token);
                    if (o.saved()) {
                        saved.add(new SavedContainer(c, tag));
                        listener.containerProgress(new ContainerProgress(c.name(), ContainerProgress.Phase.SAVED, 1, tag));
                    } else {
                        String why = o.attempts().isEmpty() || o.attempts().get(o.attempts().size() - 1).error() == null
                                ? "the image did not pass verification" : o.attempts().get(o.attempts().size() - 1).error();
                        failed.add(new SaveFailure(c, why));
                        listener.containerProgress(new ContainerProgress(c.name(), ContainerProgress.Phase.SAVE_FAILED, -1, why));
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    return new SaveAllResult(saved, failed, true);
                } catch (ImageEngineException e) {
                    failed.add(new SaveFailure(c, e.getMessage()));
                    listener.containerProgress(new ContainerProgress(c.name(), ContainerProgress.Phase.SAVE_FAILED, -1, e.getMessage()));
                }
            }
            return new SaveAllResult(saved, failed, false);
        } catch (ImageEngineException e) {
            containers.stream().filter(c -> saved.stream().noneMatch(s -> s.container().equals(c)))
                    .forEach(c -> failed.add(new SaveFailure(c, e.getMessage())));
            return new SaveAllResult(saved, failed, false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<RestoreResult> restore(List<SavedContainer> saved, PlanListener listener, CancelToken cancel)
            throws InterruptedException {
        // The image room's restore arrives with issue-12a; until then each backup is named for the user.
        return saved.stream().map(s -> new RestoreResult(s, false, "",
                "restore it with: sysbox-doctor image restore " + s.backup() + " --container " + s.container().name())).toList();
    }
}
