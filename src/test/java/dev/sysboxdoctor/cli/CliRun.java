package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.Services;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the real CLI in-process and captures what it prints. */
public record CliRun(int exit, String out, String err) {
    public static CliRun of(String... args) {
        return of(Services.createDefault(), args);
    }

    public static CliRun of(Services services, String... args) {
        return of(services, OutputStream.nullOutputStream(), args);
    }

    /** Like {@link #of(Services, String...)} with stderr also copied to {@code errTap} as it is written (to watch progress). */
    public static synchronized CliRun of(Services services, OutputStream errTap, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(e, errTap == oldErr ? OutputStream.nullOutputStream() : errTap), true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SysboxDoctorCli.run(services, args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new CliRun(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int x) throws IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
}
