package dev.sysboxdoctor.image.engine;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.FilterInputStream;
import java.io.InputStream;

/** An open streaming response. Closing it aborts the transfer (used by cancel). */
public final class EngineStream implements AutoCloseable {
    private final DockerHttpClient.Response response;

    EngineStream(DockerHttpClient.Response response) {
        this.response = response;
    }

    public InputStream body() {
        return response.getBody();
    }

    /** The body as a stream whose close also closes the response. */
    public InputStream bodyClosingResponse() {
        return new FilterInputStream(body()) {
            @Override
            public void close() {
                EngineStream.this.close();
            }
        };
    }

    @Override
    public void close() {
        try {
            response.close();
        } catch (RuntimeException ignored) {
            // closing an aborted stream may fail; nothing is left to release
        }
    }
}
