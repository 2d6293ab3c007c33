package dev.sysboxdoctor.image;

import dev.sysboxdoctor.testbed.TestBed;

/**
 * A running test container with every kind of file a save must keep: setuid/setgid programs,
 * symlinks, hard links, empty and sparse files, names with spaces and unicode, a deleted base
 * file, a volume (not part of the image) and a config with every field an image carries.
 */
final class RichContainer implements AutoCloseable {
    static final String SETUP = String.join("\n",
            "set -e",
            "mkdir -p '/opt/my dir/ünï cödé' /opt/suid /work",
            "cp /bin/busybox /opt/suid/busybox",
            "chmod 4755 /opt/suid/busybox",
            "cp /bin/busybox '/opt/my dir/setgid tool'",
            "chown 1234:2345 '/opt/my dir/setgid tool'",
            "chmod 2750 '/opt/my dir/setgid tool'",
            "echo 'hello wörld' > '/opt/my dir/ünï cödé/fïlé with spaces.txt'",
            "ln -s 'my dir/ünï cödé/fïlé with spaces.txt' /opt/link-to-unicode",
            "ln -s /nonexistent/target /opt/dangling",
            "echo linked > /opt/hard-a",
            "ln /opt/hard-a /opt/hard-b",
            ": > /opt/empty",
            "dd if=/dev/zero of=/opt/sparse bs=1 count=0 seek=5242880 2>/dev/null",
            "printf 'tail' >> /opt/sparse",
            "chmod 1777 /work",
            "rm -f /bin/vi",
            "echo volume-data > /data/in-volume",
            "echo ok > /opt/marker");
    final String name;
    final String runtime;

    private RichContainer(String name, String runtime) {
        this.name = name;
        this.runtime = runtime;
    }

    static RichContainer start(String runtime) {
        String name = TestBed.uniqueName("rich");
        TestBed.dockerOk("run", "-d", "--name", name, "--runtime", runtime, "--network", "none",
                "-e", "GREETING=hello $USER \"quoted\" \\back", "-e", "SECRET_TOKEN=s3cr3t-value",
                "-l", "org.example.team=tools", "-l", "quote=\"a b\"",
                "--expose", "8080/tcp", "-v", "/data", "-w", "/work", "--stop-signal", "SIGUSR1",
                "--health-cmd", "test -f /opt/marker", "--health-interval", "30s",
                "--entrypoint", "/bin/sh", TestBed.IMAGE, "-c", "trap 'exit 0' USR1 TERM; while :; do sleep 1; done");
        TestBed.dockerOk("exec", name, "sh", "-c", SETUP);
        return new RichContainer(name, runtime);
    }

    @Override
    public void close() {
        TestBed.removeContainers(name);
    }
}
