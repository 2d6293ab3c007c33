package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.testbed.FakeWsl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Test-side additions to a FixtureMachine's fake commands: wrappers placed before the fixture's
 * bin that fail one call of a command once (then behave normally), or make a call a silent no-op.
 */
public final class FixtureOverrides {
    private FixtureOverrides() {}

    /** {@code dir/systemctl}: the first call whose first argument is {@code verb} fails; later ones delegate. */
    static Path systemctlFailingOnce(Path dir, Path fixtureRoot, String verb) {
        return wrapper(dir, fixtureRoot, """
                if [ "$1" = "%s" ] && [ -f "$0.armed" ]; then
                  rm -f "$0.armed"
                  echo "Failed to %s: Transaction for sysbox.service/restart is destructive." >&2
                  exit 1
                fi
                exec "$FIXTURE/bin/systemctl" "$@"
                """.formatted(verb, verb), true);
    }

    /** {@code dir/systemctl}: {@code verb} reports success but does nothing (a restart that did not happen). */
    static Path systemctlIgnoring(Path dir, Path fixtureRoot, String verb) {
        return wrapper(dir, fixtureRoot, """
                if [ "$1" = "%s" ]; then exit 0; fi
                exec "$FIXTURE/bin/systemctl" "$@"
                """.formatted(verb), false);
    }

    private static Path wrapper(Path dir, Path fixtureRoot, String body, boolean armed) {
        try {
            Files.createDirectories(dir);
            Path p = dir.resolve("systemctl");
            Files.writeString(p, "#!/bin/sh\nFIXTURE='" + fixtureRoot.toAbsolutePath() + "'\n" + body);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            if (armed) {
                Files.writeString(dir.resolve("systemctl.armed"), "");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fake {@code docker} in the fixture's {@code usr/bin}: {@code ps -q} lists the containers,
     * {@code inspect --format ...} prints "/NAME RUNTIME" for each. {@code containers}: "name runtime".
     */
    static void docker(Path fixtureRoot, String... containers) {
        StringBuilder ids = new StringBuilder();
        StringBuilder inspect = new StringBuilder();
        for (int i = 0; i < containers.length; i++) {
            String[] w = containers[i].split(" ");
            ids.append("c0ffee").append(i).append("\n");
            inspect.append("    c0ffee").append(i).append(") echo '/").append(w[0]).append(' ').append(w[1]).append("' ;;\n");
        }
        try {
            Path p = fixtureRoot.resolve("usr/bin/docker");
            Files.createDirectories(p.getParent());
            Files.writeString(p, "#!/bin/sh\ncase \"$1\" in\n  ps) printf '" + ids + "' ;;\n"
                    + "  inspect) shift 3; for id in \"$@\"; do case \"$id\" in\n" + inspect + "    esac; done ;;\n"
                    + "  *) exit 1 ;;\nesac\n");
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A sh snippet for a fake wsl.exe hook: the distro boots with kernel {@code release} and
     * systemd starts Sysbox (a new sysbox-mgr start block in the journal), as after {@code wsl --shutdown}.
     */
    public static String boot(Path fixtureRoot, String release) {
        Path r = fixtureRoot.toAbsolutePath();
        return "printf '%s\\n' '" + release + "' > '" + r.resolve("proc/sys/kernel/osrelease") + "'\n"
                + "if [ -f '" + r.resolve("lib/systemd/system/sysbox.service") + "' ]; then SYSBOX_DOCTOR_ROOT='" + r + "' '"
                + r.resolve("bin/systemctl") + "' start sysbox; fi\n";
    }

    /** The kernel that {@link #upgradableWindows}' {@code wsl --update} installs. */
    public static final String NEW_KERNEL = "6.6.87.2-microsoft-standard-WSL2";
    /** {@code wsl --version} before the update (WSL 2.0, kernel 5.15) ... */
    public static final String VERSION_515 = "WSL version: 2.0.0.0\nKernel version: 5.15.123.1-1\nWSLg version: 1.0.57\n"
            + "MSRDC version: 1.2.4485\nDirect3D version: 1.608.2-61064218\nDXCore version: 10.0.25880.1000-230602-1350.main\n"
            + "Windows version: 10.0.22621.2283\n";
    /** ... and after it (WSL 2.6.1, kernel 6.6). */
    public static final String VERSION_66 = VERSION_515.replace("2.0.0.0", "2.6.1.0").replace("5.15.123.1-1", "6.6.87.2-1");

    /**
     * Windows whose default distro Ubuntu runs on {@code distroRoot}: {@code wsl --update} installs
     * {@link #NEW_KERNEL}, which boots (and starts Sysbox) after {@code wsl --shutdown}.
     */
    public static FakeWsl upgradableWindows(Path scenario, Path distroRoot, String listVerbose) {
        return FakeWsl.create(scenario)
                .answer("list-verbose", listVerbose)
                .answer("version", VERSION_515)
                .defaultDistro("Ubuntu").distro("Ubuntu", distroRoot)
                .answer("update", "Checking for updates.\nUpdating Windows Subsystem for Linux to version: 2.6.1.\n")
                .onCall("update", "printf '%s\\n' '" + NEW_KERNEL + "' > '" + scenario + "/pending-kernel'\n"
                        + "printf '%s' '" + VERSION_66 + "' > '" + scenario + "/version.out'\n")
                .answer("shutdown", "")
                .onCall("shutdown", "if [ -f '" + scenario + "/pending-kernel' ]; then\n"
                        + boot(distroRoot, NEW_KERNEL) + "fi\n");
    }
}
