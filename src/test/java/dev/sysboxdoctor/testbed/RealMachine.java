package dev.sysboxdoctor.testbed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parts of a fixture machine that real users' pastes define: written after the rest, so they win. */
final class RealMachine {
    String mgrJournal;
    String fsJournal;
    final Map<String, String> unitStates = new LinkedHashMap<>();
    Integer usernsClone;
    String networkingMode;
    String dockerInfo;
    final Map<String, String> vendorExecStarts = new LinkedHashMap<>();
    String mgrLogPath;
    String mgrLog;
    boolean fusermount3;

    void write(Path root, String wslPackageVersion) throws IOException {
        if (mgrJournal != null) {
            text(root, "var/log/fixture/journal-sysbox-mgr.log", mgrJournal);
        }
        if (fsJournal != null) {
            text(root, "var/log/fixture/journal-sysbox-fs.log", fsJournal);
        }
        for (var e : unitStates.entrySet()) {
            text(root, "var/lib/fixture/show-" + e.getKey().replaceFirst("\\.service$", ""), e.getValue());
        }
        if (usernsClone != null) {
            text(root, "proc/sys/kernel/unprivileged_userns_clone", usernsClone + "\n");
        }
        if (networkingMode != null) {
            executable(root, "bin/wslinfo", "#!/bin/sh\ncase \"$1\" in\n  --version) echo '" + (wslPackageVersion == null ? "2.6.1" : wslPackageVersion)
                    + "' ;;\n  --networking-mode) echo '" + networkingMode + "' ;;\n  *) exit 1 ;;\nesac\n");
        }
        if (dockerInfo != null) {
            text(root, "var/lib/fixture/docker-info.json", dockerInfo + "\n");
            executable(root, "bin/docker", """
                    #!/bin/sh
                    R=${SYSBOX_DOCTOR_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
                    case "$1" in
                      info) cat "$R/var/lib/fixture/docker-info.json" ;;
                      ps) exit 0 ;;
                      *) echo "docker (fixture): $*" >&2; exit 1 ;;
                    esac
                    """);
        }
        for (var e : vendorExecStarts.entrySet()) {
            Path unit = root.resolve("lib/systemd/system/" + e.getKey());
            String content = Files.readString(unit).replaceFirst("(?m)^ExecStart=.*$",
                    java.util.regex.Matcher.quoteReplacement("ExecStart=" + e.getValue()));
            Files.writeString(unit, content, StandardCharsets.UTF_8);
        }
        if (mgrLogPath != null) {
            text(root, mgrLogPath.replaceFirst("^/", ""), mgrLog);
        }
        if (fusermount3) {
            executable(root, "usr/bin/fusermount3", "#!/bin/sh\necho 'fusermount3 (fixture)' >&2\nexit 1\n");
        }
    }

    private static void text(Path root, String relative, String content) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static void executable(Path root, String relative, String content) throws IOException {
        text(root, relative, content);
        Files.setPosixFilePermissions(root.resolve(relative), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
