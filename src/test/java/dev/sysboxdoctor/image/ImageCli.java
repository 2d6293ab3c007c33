package dev.sysboxdoctor.image;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.cli.CliRun;
import dev.sysboxdoctor.testbed.TestBed;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code sysbox-doctor image ...} in-process against the test-bed engine. */
final class ImageCli {
    private ImageCli() {}

    static CliRun image(String... args) {
        return run(OutputStream.nullOutputStream(), args);
    }

    /** Like {@link #image} with stderr also copied to {@code errTap} as it is written (to watch progress). */
    static CliRun run(OutputStream errTap, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add("image");
        argv.addAll(Arrays.asList(args));
        argv.add("--docker-host");
        argv.add(TestBed.dockerHost());
        return CliRun.of(Services.createDefault(), errTap, argv.toArray(String[]::new));
    }
}
