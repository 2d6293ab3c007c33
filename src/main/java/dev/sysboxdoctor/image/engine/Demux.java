package dev.sysboxdoctor.image.engine;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Docker's multiplexed raw stream (exec and logs without a TTY): 8-byte frame headers
 * [stream, 0, 0, 0, size (big endian)] then the payload. Reading gives stdout; stderr is kept
 * (capped) for messages.
 */
public final class Demux extends BulkInputStream {
    private static final int STDERR_CAP = 64 * 1024;
    private final InputStream in;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final byte[] header = new byte[8];
    private long stdoutLeft;
    private boolean eof;

    public Demux(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (stdoutLeft == 0) {
            if (eof || !nextFrame()) {
                eof = true;
                return -1;
            }
        }
        int n = in.read(b, off, (int) Math.min(len, stdoutLeft));
        if (n < 0) {
            throw new EOFException("stream ended inside a frame");
        }
        stdoutLeft -= n;
        return n;
    }

    /** Reads headers (and stderr payloads) until a stdout frame starts; false at the end. */
    private boolean nextFrame() throws IOException {
        int got = in.readNBytes(header, 0, 8);
        if (got == 0) {
            return false;
        }
        if (got < 8) {
            throw new EOFException("stream ended inside a frame header");
        }
        long size = ((header[4] & 0xffL) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        if (header[0] == 2) {
            byte[] payload = in.readNBytes((int) size);
            synchronized (stderr) {
                int room = STDERR_CAP - stderr.size();
                stderr.write(payload, 0, Math.max(0, Math.min(room, payload.length)));
            }
            return true;
        }
        stdoutLeft = size;
        return true;
    }

    public String stderrText() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
