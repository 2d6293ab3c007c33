package dev.sysboxdoctor.image.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import com.github.dockerjava.transport.SSLConfig;
import dev.sysboxdoctor.image.ImageEngineException;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * The Docker Engine API as raw requests over docker-java's httpclient5 transport. Raw, because
 * the typed commands fall short where this room needs exactness: import needs a real tar body
 * (createImageCmd JSON-encodes the stream), inspect must keep every config field (Healthcheck,
 * StopSignal) as the engine wrote it, and exec output must be a pull stream for back-pressure.
 */
public final class EngineApi implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private final DockerHttpClient http;
    private final String host;
    private final URI hostUri;
    private final AutoCloseable transport;

    private EngineApi(DockerHttpClient http, URI hostUri, String shownAs, AutoCloseable transport) {
        this.http = http;
        this.host = shownAs != null ? shownAs : hostUri.toString();
        this.hostUri = hostUri;
        this.transport = transport;
    }

    /** @param dockerHost e.g. unix:///var/run/docker.sock; null uses DOCKER_HOST or the platform default */
    public static EngineApi connect(String dockerHost) {
        return connect(dockerHost, null, null);
    }

    /**
     * Over an endpoint that something else provides (a relay's socket): messages name it
     * {@code shownAs}, and {@code transport} is closed after the client.
     */
    public static EngineApi connect(String dockerHost, String shownAs, AutoCloseable transport) {
        var builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
        if (dockerHost != null && !dockerHost.isBlank()) {
            builder.withDockerHost(dockerHost);
        }
        DockerClientConfig cfg;
        try {
            cfg = builder.build();
        } catch (RuntimeException bad) {
            throw new ImageEngineException(Kind.ENGINE_UNREACHABLE, "Bad Docker host '" + dockerHost + "': " + bad.getMessage(), bad);
        }
        DockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(cfg.getDockerHost())
                .sslConfig(sslConfig(cfg))
                .maxConnections(32)
                .connectionTimeout(Duration.ofSeconds(10))
                .build();
        return new EngineApi(http, cfg.getDockerHost(), shownAs, transport);
    }

    /**
     * Without an SSLConfig docker-java builds the JVM's default TLS context, which loads the security
     * providers and parses the whole CA store (~0.1 s of every start) even for a unix socket. A local
     * socket gets a placeholder that httpclient only stores (no TLS happens there); tcp:// keeps
     * docker-java's choice (a non-null context would mean https).
     */
    private static SSLConfig sslConfig(DockerClientConfig cfg) {
        String scheme = cfg.getDockerHost().getScheme();
        if (cfg.getSSLConfig() != null || !("unix".equals(scheme) || "npipe".equals(scheme))) {
            return cfg.getSSLConfig();
        }
        SSLContext neverUsed = new SSLContext(null, null, "none") { };
        return () -> neverUsed;
    }

    public String host() {
        return host;
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A path segment for a container or image reference; '/' stays (the engine routes image names with it). */
    public static String seg(String ref) {
        return q(ref).replace("%2F", "/");
    }

    public JsonNode get(String path) {
        return json(Request.Method.GET, path, null);
    }

    public JsonNode post(String path, JsonNode body) {
        return json(Request.Method.POST, path, body);
    }

    public void delete(String path) {
        json(Request.Method.DELETE, path, null);
    }

    /** Returns the parsed JSON body (a NullNode for an empty one); throws for status >= 400. */
    public JsonNode json(Request.Method method, String path, JsonNode body) {
        Request.Builder rb = Request.builder().method(method).path(path);
        if (body != null) {
            rb.putHeader("Content-Type", "application/json").body(new ByteArrayInputStream(bytes(body)));
        }
        try (DockerHttpClient.Response resp = execute(rb.build())) {
            byte[] data = resp.getBody().readAllBytes();
            check(resp.getStatusCode(), data, path);
            return data.length == 0 ? JSON.nullNode() : JSON.readTree(data);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** A streaming response (export, exec output); the caller closes it. Throws for status >= 400. */
    public EngineStream stream(Request.Method method, String path, JsonNode body) {
        Request.Builder rb = Request.builder().method(method).path(path);
        if (body != null) {
            rb.putHeader("Content-Type", "application/json").body(new ByteArrayInputStream(bytes(body)));
        }
        return open(rb.build(), path);
    }

    /** POSTs a streamed body (a tar for import) and returns the response body (a JSON progress stream); the caller closes it. */
    public InputStream upload(String path, String contentType, InputStream body) {
        if (StreamingUpload.supports(hostUri)) {
            StreamingUpload up;
            try {
                up = StreamingUpload.connect(hostUri);
            } catch (IOException e) {
                throw unreachable(e);
            }
            try {
                int status = up.post(path, contentType, body);
                if (status >= 400) {
                    byte[] answer = up.body().readAllBytes();
                    up.close();
                    check(status, answer, path);
                }
                return new FilterInputStream(up.body()) {
                    @Override
                    public void close() {
                        up.close();
                    }
                };
            } catch (IOException e) {
                up.close();
                throw unreachable(e);
            } catch (RuntimeException e) {
                up.close();
                throw e;
            }
        }
        return open(Request.builder().method(Request.Method.POST).path(path)
                .putHeader("Content-Type", contentType).body(body).build(), path).bodyClosingResponse();
    }

    private EngineStream open(Request req, String path) {
        DockerHttpClient.Response resp = execute(req);
        int status = resp.getStatusCode();
        if (status >= 400) {
            try (resp) {
                check(status, resp.getBody().readAllBytes(), path);
            } catch (IOException e) {
                throw unreachable(e);
            }
        }
        return new EngineStream(resp);
    }

    private DockerHttpClient.Response execute(Request req) {
        try {
            return http.execute(req);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof IOException io) {
                throw unreachable(io);
            }
            throw e;
        }
    }

    private ImageEngineException unreachable(IOException e) {
        return new ImageEngineException(Kind.ENGINE_UNREACHABLE, "Cannot talk to the Docker Engine at " + host + ": " + e.getMessage(), e);
    }

    static void check(int status, byte[] body, String path) {
        if (status < 400) {
            return;
        }
        String message = new String(body, StandardCharsets.UTF_8).strip();
        try {
            JsonNode m = JSON.readTree(body).get("message");
            if (m != null) {
                message = m.asText();
            }
        } catch (IOException notJson) {
            // keep the raw text
        }
        throw new EngineError(status, message, path);
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeTransport();
        }
    }

    private void closeTransport() {
        if (transport != null) {
            try {
                transport.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close the transport of " + host, e);
            }
        }
    }
}
