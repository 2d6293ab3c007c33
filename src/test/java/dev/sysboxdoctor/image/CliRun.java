package dev.sysboxdoctor.image;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.cli.SysboxDoctorCli;
import dev.sysboxdoctor.testbed.TestBed;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the real CLI in-process against the test bed, capturing stdout and stderr. */
record CliRun(int exit, String out, String err) {
    static synchronized CliRun image(String... args) {
        return run(System.err, args);
    }

    /** Like {@link #image} with stderr also copied to {@code errTap} as it is written (to watch progress). */
    static synchronized CliRun run(OutputStream errTap, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add("image");
        argv.addAll(Arrays.asList(args));
        argv.add("--docker-host");
        argv.add(TestBed.dockerHost());
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(e, errTap == oldErr ? OutputStream.nullOutputStream() : errTap), true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SysboxDoctorCli.run(Services.createDefault(), argv.toArray(String[]::new));
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
        public synchronized void write(int x) throws java.io.IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
}
