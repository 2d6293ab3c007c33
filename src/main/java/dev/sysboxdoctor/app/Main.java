package dev.sysboxdoctor.app;

import dev.sysboxdoctor.cli.SysboxDoctorCli;
import dev.sysboxdoctor.ui.SysboxDoctorApp;
import java.time.Duration;
import javafx.application.Application;

/**
 * Launcher. Deliberately not a JavaFX {@link Application}: with JavaFX on the class path the
 * JDK refuses to start an Application subclass as main class ("JavaFX runtime components are
 * missing"), and the CLI must not start the toolkit at all.
 */
public final class Main {
    /** System property for bench/startup.sh: print a line when the main window is shown. */
    static final String STARTUP_PROBE = "sysboxdoctor.startupProbe";

    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            if (Boolean.getBoolean(STARTUP_PROBE)) {
                // bench/startup.sh waits for this line: the wall-clock moment the window appeared and
                // the CPU the process had burnt by then (measured here, not when the bench gets to look).
                SysboxDoctorApp.setOnMainWindowShown(() -> System.out.println(
                        "sysbox-doctor: window shown at epoch ms " + System.currentTimeMillis() + " cpu ms "
                        + ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L)));
            }
            try {
                SysboxDoctorApp.use(GuiServices.forThisMachine(Services.createDefault()));
                SysboxDoctorApp.setVersion(AppVersion.get());
                SysboxDoctorApp.prepareInBackground();
                Application.launch(SysboxDoctorApp.class, args);
            } catch (RuntimeException noDisplay) {
                // Typically "Unable to open DISPLAY": say so in one line and point at the CLI.
                System.err.println("sysbox-doctor: cannot open the window (" + noDisplay.getMessage()
                        + "). Run 'sysbox-doctor --help' for the command line.");
                System.exit(3);
            }
            return;
        }
        System.exit(SysboxDoctorCli.run(Services.createDefault(), args));
    }
}
