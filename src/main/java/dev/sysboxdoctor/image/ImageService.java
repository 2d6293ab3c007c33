package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The image room's face for the CLI and the GUI: list containers, save a container as a verified
 * image, verify an image against a container. Every method may block for long: call it off the
 * JavaFX thread; cancel through the {@link CancelToken}. Engine problems arrive as
 * {@link ImageEngineException} with a user-fit message; a cancel as
 * {@link java.util.concurrent.CancellationException} after everything temporary was removed.
 */
public final class ImageService implements AutoCloseable {
    private final EngineApi api;

    public ImageService(EngineApi api) {
        this.api = api;
    }

    /** @param dockerHost e.g. unix:///var/run/docker.sock; null uses DOCKER_HOST or the platform default */
    public static ImageService connect(String dockerHost) {
        return connect(dockerHost, null);
    }

    /**
     * Like {@link #connect(String)}, and {@code wsl://NAME} reaches the engine inside the WSL distro
     * NAME through {@code wslExe -d NAME -e docker system dial-stdio} (a private relay socket that
     * {@link #close()} removes); that form checks the engine answers before returning.
     *
     * @param wslExe the wsl.exe for {@code wsl://} endpoints; null: none (such an endpoint is an error)
     */
    public static ImageService connect(String dockerHost, String wslExe) {
        if (WslEngine.matches(dockerHost)) {
            return new ImageService(WslEngine.connect(dockerHost, wslExe));
        }
        return new ImageService(EngineApi.connect(dockerHost));
    }

    /** True for a {@code wsl://NAME} endpoint. */
    public static boolean isWslEndpoint(String dockerHost) {
        return WslEngine.matches(dockerHost);
    }

    /** The distro of a {@code wsl://NAME} endpoint; null for any other endpoint. */
    public static String wslDistro(String dockerHost) {
        return WslEngine.matches(dockerHost) ? WslEngine.distro(dockerHost) : null;
    }

    /** The endpoint of the engine inside a WSL distro. */
    public static String wslEndpoint(String distro) {
        return WslEngine.SCHEME + distro;
    }

    /** As-you-type check of a REPO:TAG. */
    public static TagCheck validateTag(String reference) {
        return ImageTags.validate(reference);
    }

    /** The attempt order {@link Strategy#AUTO} uses for this mode hint and container. */
    public static List<Strategy> plan(SysboxMode sysboxModeHint, ContainerInfo container) {
        return StrategyPlan.forMode(sysboxModeHint, container.sysbox());
    }

    /** All containers, running or not, with their runtime. */
    public List<ContainerInfo> listContainers() {
        List<ContainerInfo> out = new ArrayList<>();
        for (JsonNode c : api.get("/containers/json?all=1")) {
            try {
                out.add(container(c.path("Id").asText()));
            } catch (ImageEngineException goneMeanwhile) {
                // removed between list and inspect: not listed
            }
        }
        return out;
    }

    /** The Sysbox containers (runtime sysbox-runc), running or not: those whose changes a rootfs clone holds. */
    public List<ContainerInfo> listSysboxContainers() {
        return listContainers().stream().filter(ContainerInfo::sysbox).toList();
    }

    /** One container by name or id. */
    public ContainerInfo container(String nameOrId) {
        return Containers.info(inspectContainer(nameOrId));
    }

    /** True when the reference already names an image (the GUI asks before replacing it). */
    public boolean tagExists(String reference) {
        try {
            api.get("/images/" + EngineApi.seg(reference) + "/json");
            return true;
        } catch (EngineError e) {
            if (e.notFound()) {
                return false;
            }
            throw Containers.engineError(e);
        }
    }

    /** Saves the container under the request's tag; the tag moves only to a verified image. */
    public SaveOutcome save(SaveRequest request, ProgressListener progress, CancelToken cancel) {
        return new Saver(api, progress, cancel).save(request);
    }

    /**
     * Builds the image as {@link #save} would, then removes it: no verification, no tag. Only for
     * measuring the copy path (the benchmark); users always get {@link #save}.
     *
     * @return the size of the image that was built
     */
    public long buildWithoutVerifying(SaveRequest request, ProgressListener progress, CancelToken cancel) {
        return new Saver(api, progress, cancel).buildOnly(request);
    }

    /** The containers {@link #saveAll} would save for this request, in the order it saves them. */
    public List<ContainerInfo> saveAllTargets(SaveAllRequest request) {
        return SaveAll.targets(this, request);
    }

    /**
     * Saves every Sysbox container (or the request's ones), one after another, each as a verified
     * image tagged {@code <prefix><name>:<time>}. A failed save does not stop the others; a cancel
     * stops the run, leaves no temporary image and no tag for the container it interrupted, and
     * keeps the backups already verified. Never throws for one container's failure.
     */
    public SaveAllOutcome saveAll(SaveAllRequest request, SaveAllListener listener, CancelToken cancel) {
        return new SaveAll(api, listener, cancel).run(request, SaveAll.targets(this, request));
    }

    /**
     * Recreates a container from its backup with the old one's whole configuration; the old one is
     * stopped, renamed {@code NAME.before-restore-<time>} and kept. Clashes refuse before anything
     * changes ({@link ImageEngineException.Kind#CLASH}); a later failure or a cancel rolls back.
     */
    public RestoreOutcome restore(RestoreRequest request, ProgressListener progress, CancelToken cancel) {
        return new Restorer(api, progress, cancel, Clock.systemUTC()).restore(request);
    }

    /**
     * The engine's size of each container's writable layer (SizeRw), by container id; containers
     * the engine gives no size for are left out. The engine walks every layer: it takes a moment.
     */
    public Map<String, Long> writableLayerSizes() {
        Map<String, Long> out = new HashMap<>();
        try {
            for (JsonNode c : api.get("/containers/json?all=1&size=1")) {
                if (c.hasNonNull("SizeRw")) {
                    out.put(c.path("Id").asText(), c.path("SizeRw").asLong());
                }
            }
        } catch (EngineError e) {
            throw Containers.engineError(e);
        }
        return out;
    }

    /** Verifies an image, against a container when one is named. Never changes anything it did not create. */
    public VerificationResult verify(VerifyRequest request, ProgressListener progress, CancelToken cancel) {
        return new Verifier(api, progress, cancel).verify(request);
    }

    JsonNode inspectContainer(String nameOrId) {
        return Containers.inspect(api, nameOrId);
    }

    @Override
    public void close() {
        api.close();
    }
}
