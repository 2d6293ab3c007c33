package dev.sysboxdoctor.app;

import dev.sysboxdoctor.cli.SysboxDoctorCli;
import dev.sysboxdoctor.ui.SysboxDoctorApp;
import javafx.application.Application;

/**
 * Launcher. Deliberately not a JavaFX {@link Application}: with JavaFX on the class path the
 * JDK refuses to start an Application subclass as main class ("JavaFX runtime components are
 * missing"), and the CLI must not start the toolkit at all.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            try {
                SysboxDoctorApp.use(GuiServices.forThisMachine(Services.createDefault()));
                SysboxDoctorApp.setVersion(AppVersion.get());
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
