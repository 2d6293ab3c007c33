package dev.sysboxdoctor.image.engine;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A POST with a streamed body in 1 MiB chunks, over its own connection. httpclient5 (under
 * docker-java) copies a stream body in 4 KiB pieces and 2 KiB chunks, which made docker import
 * of a multi-GiB export ~40% slower than the docker CLI; this path matches it. Only for unix://
 * and tcp:// (plain) engine URIs; {@link #supports} says which.
 */
final class StreamingUpload implements AutoCloseable {
    static final int CHUNK = 1 << 20;
    private final AutoCloseable connection;
    private final OutputStream out;
    private final InputStream in;

    private StreamingUpload(AutoCloseable connection, OutputStream out, InputStream in) {
        this.connection = connection;
        this.out = out;
        this.in = in;
    }

    static boolean supports(URI host) {
        return "unix".equals(host.getScheme()) || "tcp".equals(host.getScheme());
    }

    static StreamingUpload connect(URI host) throws IOException {
        if ("unix".equals(host.getScheme())) {
            SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(host.getPath()));
            return new StreamingUpload(ch, Channels.newOutputStream(ch), new BufferedInputStream(Channels.newInputStream(ch), 64 * 1024));
        }
        Socket s = new Socket();
        s.connect(new InetSocketAddress(host.getHost(), host.getPort()), 10_000);
        return new StreamingUpload(s, s.getOutputStream(), new BufferedInputStream(s.getInputStream(), 64 * 1024));
    }

    /** Sends the request; returns the response status. A refused body (engine answered early) still yields the answer. */
    int post(String path, String contentType, InputStream body) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: docker\r\nUser-Agent: sysbox-doctor\r\nContent-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        IOException sendFailure = null;
        try {
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] buf = new byte[CHUNK];
            int n;
            while ((n = readBody(body, buf)) > 0) {
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(buf, 0, n);
                out.write(CRLF);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (BodyFailed e) {
            // Our source broke (cancel, container gone): the engine still waits for the rest; hang up.
            close();
            throw e.cause;
        } catch (IOException e) {
            sendFailure = e; // the engine stopped reading: it may have answered why
        }
        try {
            return readHead();
        } catch (IOException noAnswer) {
            if (sendFailure != null) {
                throw sendFailure;
            }
            throw noAnswer;
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};

    /** A failure of the body's source, told apart from a failure of the connection. */
    private static final class BodyFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final IOException cause;

        BodyFailed(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private static int readBody(InputStream body, byte[] buf) throws BodyFailed {
        try {
            return body.readNBytes(buf, 0, buf.length);
        } catch (IOException e) {
            throw new BodyFailed(e);
        } catch (RuntimeException e) {
            throw new BodyFailed(new IOException(e.getMessage(), e));
        }
    }
    private boolean chunked;
    private long contentLength = -1;

    private int readHead() throws IOException {
        String status = line();
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + status);
        }
        String h;
        while (!(h = line()).isEmpty()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("content-length:")) {
                contentLength = Long.parseLong(h.substring(15).trim());
            }
        }
        return Integer.parseInt(parts[1]);
    }

    /** The decoded response body. */
    InputStream body() {
        if (chunked) {
            return new ChunkedBody();
        }
        if (contentLength >= 0) {
            return new BulkInputStream() {
                private long left = contentLength;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = in.read(b, off, (int) Math.min(len, left));
                    if (n > 0) {
                        left -= n;
                    }
                    return n;
                }
            };
        }
        return in;
    }

    private final class ChunkedBody extends BulkInputStream {
        private long left;
        private boolean done;

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = line();
                if (size.isEmpty()) {
                    size = line(); // the CRLF after the previous chunk
                }
                int semi = size.indexOf(';');
                left = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                if (left == 0) {
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("answer ended inside a chunk");
            }
            left -= n;
            return n;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c < 0 && b.size() == 0) {
            throw new EOFException("connection closed");
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (Exception ignored) {
            // closing a broken connection
        }
    }
}
