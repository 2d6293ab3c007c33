package dev.sysboxdoctor.image;

import dev.sysboxdoctor.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.TestBed;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sysbox containers are usually Debian/Ubuntu: GNU find, stat, md5sum and tar (other quoting,
 * other escaping than busybox). The image is made from this machine's own GNU binaries and libs.
 */
class GnuUserlandTest {
    static final String IMAGE = "sdtest-gnu/userland:1";
    static final List<String> PROGRAMS = List.of("dash", "find", "stat", "md5sum", "cat", "tar", "sleep", "ln", "cp", "chmod", "mkdir");
    static String container;

    @BeforeAll
    static void buildImageAndStart() throws Exception {
        Path stage = TestBed.baseDir().resolve("target/gnu-userland");
        String script = String.join("\n",
                "set -eu",
                "rm -rf \"$1\"; mkdir -p \"$1/usr/bin\" \"$1/tmp\" \"$1/etc\"",
                "shift_dir=\"$1\"; shift",
                "for p in \"$@\"; do cp -L \"$(command -v \"$p\")\" \"$shift_dir/usr/bin/\"; done",
                "for p in \"$@\"; do ldd \"$(command -v \"$p\")\" | grep -o '/[^ ]*' ; done | sort -u | while read -r lib; do",
                "  mkdir -p \"$shift_dir$(dirname \"$lib\")\"; cp -L \"$lib\" \"$shift_dir$lib\"; done",
                "ln -s usr/bin \"$shift_dir/bin\"; ln -s dash \"$shift_dir/usr/bin/sh\"",
                "echo 'root:x:0:0:root:/root:/bin/sh' > \"$shift_dir/etc/passwd\"");
        List<String> argv = new java.util.ArrayList<>(List.of("bash", "-c", script, "stage", stage.toString()));
        argv.addAll(PROGRAMS);
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        Process imp = new ProcessBuilder("bash", "-c", "tar -C \"$1\" -c . | docker -H \"$2\" import - \"$3\"", "x",
                stage.toString(), TestBed.dockerHost(), IMAGE).redirectErrorStream(true).start();
        String impOut = new String(imp.getInputStream().readAllBytes());
        assertThat(imp.waitFor()).as(impOut).isZero();
        container = TestBed.uniqueName("gnu");
        TestBed.dockerOk("run", "-d", "--name", container, "--runtime", TestBed.SYSBOX_RUNTIME, "--network", "none", IMAGE, "sleep", "100000");
        TestBed.dockerOk("exec", container, "sh", "-c", String.join("; ",
                "mkdir -p '/data/a b/ünï'", "printf 'x' > '/data/a b/ünï/f\\\\g'", "printf 'y' > \"/data/new\nline\"",
                "ln -s 'a b/ünï' /data/link", "cp /usr/bin/cat /data/cat2", "chmod 4755 /data/cat2"));
    }

    @AfterAll
    static void stop() {
        TestBed.removeContainers(container);
        TestBed.removeImages(IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"export-import", "snapshot"})
    void gnuContainersSaveVerified(String method) {
        String tag = TestBed.uniqueName("gnu-" + method) + ":v1";
        try {
            CliRun r = ImageCli.image(method, container, "--tag", tag);
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).contains("PASSED");
            assertThat(TestBed.dockerOk("run", "--rm", "--network", "none", tag, "sh", "-c", "stat -c %a /data/cat2; cat /data/link/*; echo"))
                    .isEqualTo("4755\nx");
            Leftovers.assertNone();
        } finally {
            TestBed.removeImages(tag);
        }
    }
}
