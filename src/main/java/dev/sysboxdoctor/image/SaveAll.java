package dev.sysboxdoctor.image;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Saves containers one after another with the single-container {@link Saver} (every save verified,
 * every temporary removed), reporting the run's overall progress. One at a time on purpose: the
 * saves share the engine's disk and the machine's cores, and a failure must not stop the others.
 */
final class SaveAll {
    private final EngineApi api;
    private final SaveAllListener listener;
    private final CancelToken cancel;

    SaveAll(EngineApi api, SaveAllListener listener, CancelToken cancel) {
        this.api = api;
        this.listener = listener;
        this.cancel = cancel;
    }

    /** The containers a run of this request saves: the named ones, or every Sysbox container. */
    static List<ContainerInfo> targets(ImageService images, SaveAllRequest request) {
        if (request.only().isEmpty()) {
            return images.listSysboxContainers();
        }
        List<ContainerInfo> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String nameOrId : request.only()) {
            ContainerInfo c = images.container(nameOrId);
            if (seen.add(c.id())) {
                out.add(c);
            }
        }
        return out;
    }

    SaveAllOutcome run(SaveAllRequest request, List<ContainerInfo> containers) {
        List<ContainerSave> saved = new ArrayList<>();
        List<ContainerSave> failed = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        long[] bytesBefore = {0};
        String stopReason = null;
        boolean cancelled = false;
        int total = containers.size();
        for (int i = 0; i < total; i++) {
            ContainerInfo c = containers.get(i);
            int index = i + 1;
            String tag = BackupTags.tag(request.tagPrefix(), c, request.at());
            if (!tags.add(tag)) {
                tag = BackupTags.tag(request.tagPrefix(), new ContainerInfo(c.id(), "", c.image(), c.runtime(), c.state(), c.sysbox()),
                        request.at());
            }
            ContainerSave result;
            if (stopReason != null || cancel.isCancelled()) {
                cancelled |= cancel.isCancelled();
                result = new ContainerSave(c, tag, null, stopReason != null ? stopReason : "Cancelled before it started.");
            } else {
                Attempt attempt = saveOne(request, c, tag, index, total, bytesBefore);
                result = attempt.save();
                if (result.reason() != null && cancel.isCancelled()) {
                    cancelled = true;
                }
                if (attempt.engineLost()) {
                    stopReason = result.reason();
                }
            }
            (result.saved() ? saved : failed).add(result);
            listener.onContainerDone(index, total, result);
        }
        return new SaveAllOutcome(saved, failed, cancelled);
    }

    private static final String UNREACHABLE = "Docker Engine unreachable: ";

    /** One container's save, and whether the engine was lost on the way (the rest are not tried). */
    private record Attempt(ContainerSave save, boolean engineLost) {
        static Attempt of(ContainerSave save) {
            return new Attempt(save, false);
        }
    }

    private Attempt saveOne(SaveAllRequest request, ContainerInfo c, String tag, int index, int total, long[] bytesBefore) {
        // Each phase counts its own bytes from 0: the save's total is the sum of each phase's high mark.
        Map<Progress.Phase, Long> perPhase = new EnumMap<>(Progress.Phase.class);
        long[] current = {0};
        ProgressListener step = p -> {
            perPhase.merge(p.phase(), Math.max(0, p.bytesDone()), Math::max);
            current[0] = perPhase.values().stream().mapToLong(Long::longValue).sum();
            listener.onProgress(new SaveAllProgress(index, total, c, p, bytesBefore[0] + current[0]));
        };
        try {
            SaveRequest one = SaveRequest.of(c.id(), tag, Strategy.AUTO).withModeHint(request.sysboxModeHint());
            SaveOutcome outcome = new Saver(api, step, cancel).save(one);
            bytesBefore[0] += current[0];
            return Attempt.of(new ContainerSave(c, tag, outcome, outcome.saved() ? null : outcome.reason()));
        } catch (CancellationException e) {
            return Attempt.of(new ContainerSave(c, tag, null, "Cancelled; nothing was kept for it."));
        } catch (ImageEngineException e) {
            boolean lost = e.kind() == Kind.ENGINE_UNREACHABLE;
            return new Attempt(new ContainerSave(c, tag, null, (lost ? UNREACHABLE : "") + e.getMessage()), lost);
        }
    }
}
