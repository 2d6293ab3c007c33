package dev.sysboxdoctor.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Docker facts of the local engine through its API (docker-java), plus a raw {@code GET /info}
 * for DefaultRuntime, which docker-java's Info does not carry. Never throws: an engine that
 * cannot be reached gives facts that say so.
 */
public final class DockerApi {
    private static final Logger LOG = LoggerFactory.getLogger(DockerApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private DockerApi() {}

    /** The endpoint to use: the given one, else DOCKER_HOST, else the default socket. */
    public static String endpoint(String dockerHost) {
        if (dockerHost != null && !dockerHost.isBlank()) {
            return dockerHost;
        }
        String env = System.getenv("DOCKER_HOST");
        return env != null && !env.isBlank() ? env : "unix:///var/run/docker.sock";
    }

    public static DockerFacts inspect(String endpoint, Duration timeout) {
        DockerHttpClient http;
        try {
            DefaultDockerClientConfig cfg = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(endpoint).build();
            http = new ApacheDockerHttpClient.Builder().dockerHost(cfg.getDockerHost()).sslConfig(cfg.getSSLConfig())
                    .connectionTimeout(timeout).responseTimeout(timeout).build();
            try (DockerClient docker = DockerClientImpl.getInstance(cfg, http)) {
                return gather(endpoint, docker, http);
            }
        } catch (Exception e) {
            LOG.debug("docker at {} unreachable", endpoint, e);
            return DockerFacts.unreachable(endpoint, Gap.of("docker", "the Docker Engine at " + endpoint + " did not answer: " + reason(e)));
        }
    }

    private static DockerFacts gather(String endpoint, DockerClient docker, DockerHttpClient http) throws Exception {
        docker.pingCmd().exec();
        Info info = docker.infoCmd().exec();
        List<Gap> gaps = new ArrayList<>();
        String defaultRuntime = null;
        try {
            defaultRuntime = rawInfo(http).path("DefaultRuntime").asText(null);
        } catch (Exception e) {
            gaps.add(Gap.of("docker.defaultRuntime", "GET /info failed: " + reason(e)));
        }
        List<String> runtimes = info.getRuntimes() == null ? List.of() : List.copyOf(info.getRuntimes().keySet());
        List<ContainerFacts> containers = new ArrayList<>();
        for (Container c : docker.listContainersCmd().withShowAll(true).exec()) {
            String runtime;
            try {
                runtime = docker.inspectContainerCmd(c.getId()).exec().getHostConfig().getRuntime();
            } catch (Exception gone) {
                runtime = null;
                gaps.add(Gap.of("docker.containers", "could not inspect container " + c.getId().substring(0, 12) + ": " + reason(gone)));
            }
            String name = c.getNames() == null || c.getNames().length == 0 ? "" : c.getNames()[0].replaceFirst("^/", "");
            containers.add(new ContainerFacts(c.getId().substring(0, 12), name, c.getImage(), runtime, c.getState()));
        }
        String os = info.getOperatingSystem();
        List<String> security = info.getSecurityOptions() == null ? List.of() : List.copyOf(info.getSecurityOptions());
        return new DockerFacts(Tri.YES, endpoint, info.getServerVersion(), DockerCliParser.isDockerDesktop(os, info.getName()),
                os, runtimes, defaultRuntime, info.getDriver(), containers, gaps, security);
    }

    private static JsonNode rawInfo(DockerHttpClient http) throws Exception {
        DockerHttpClient.Request req = DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET)
                .path("/info").build();
        try (DockerHttpClient.Response resp = http.execute(req); InputStream body = resp.getBody()) {
            if (resp.getStatusCode() != 200) {
                throw new IllegalStateException("HTTP " + resp.getStatusCode());
            }
            return JSON.readTree(body);
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
