package dev.sysboxdoctor.ui;

import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.ui.settings.Settings;
import dev.sysboxdoctor.ui.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;

/**
 * Opens the real window over a Windows-like test machine (fake wsl.exe, a 5.15 distro with Sysbox
 * in rootfs cloning, a 6.6 one) for walking it by hand on a real display:
 * {@code java -cp ... dev.sysboxdoctor.ui.WalkTheWindow [en|zh-CN] [dockerHost]}.
 */
public final class WalkTheWindow {
    private WalkTheWindow() {}

    public static void main(String[] args) throws Exception {
        String lang = args.length > 0 ? args[0] : "en";
        Path dir = Files.createTempDirectory("walk-window");
        FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/ubuntu")).wslPackage("2.4.13").write();
        FixtureMachine.wsl2Kernel66WithSysbox(dir.resolve("roots/noble")).wslPackage("2.4.13").write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("wsl"))
                .answer("list-verbose", "  NAME          STATE           VERSION\n* Ubuntu-22.04  Running         2\n"
                        + "  Ubuntu-24.04  Stopped         2\n")
                .answerFromSample("version", "version-en-4.txt", 0)
                .distro("Ubuntu-22.04", dir.resolve("roots/ubuntu")).distro("Ubuntu-24.04", dir.resolve("roots/noble"));
        TestServices services = TestServices.windows(wsl.exe(), dir.resolve("home/.wslconfig"), dir.resolve("app"),
                Duration.ofSeconds(30));
        if (args.length > 1) {
            services = services.withEngine(args[1]);
        }
        new SettingsStore(services.dirs().settingsDir()).save(Settings.DEFAULTS.withLanguage(lang));
        SysboxDoctorApp.use(services);
        SysboxDoctorApp.setVersion("walk");
        Application.launch(SysboxDoctorApp.class);
    }
}
