package dev.sysboxdoctor.app;

import dev.sysboxdoctor.inspect.MachineAddress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.MachineFacts;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.remedy.RemedyEnvironment;
import dev.sysboxdoctor.testbed.DockerCli;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.TestBed;
import dev.sysboxdoctor.ui.settings.AppDirs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's engine choice, as on Windows: with no Settings endpoint the diagnosed WSL distro's
 * own engine ({@code wsl://NAME}) through the fake wsl.exe, listing the test bed's containers.
 */
class GuiServicesEngineTest {
    @TempDir Path dir;

    @Test
    void anEmptyEndpointMeansTheDiagnosedDistrosOwnEngine() throws Exception {
        Path root = dir.resolve("roots/ubuntu");
        FixtureMachine.wsl2Kernel515WithSysbox(root).wslPackage("2.4.13").write();
        DockerCli.installInto(root);
        FakeWsl wsl = FakeWsl.create(dir.resolve("scenario"))
                .answer("list-verbose", "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n")
                .distro("Ubuntu", root);
        Services services = Services.createDefault();
        InspectOptions options = InspectOptions.defaults().at(MachineAddress.THIS_MACHINE.withWslExe(wsl.exe()));
        GuiServices gui = new GuiServices(services, options, RemedyEnvironment.local(services.commandRunner()).at(MachineAddress.THIS_MACHINE.withWslExe(wsl.exe())),
                AppDirs.under(dir.resolve("app")));
        MachineFacts facts = services.inspector().inspect(options, null);
        TargetFacts ubuntu = facts.targets().get(0);

        assertThat(gui.engineFor("", ubuntu)).isEqualTo("wsl://Ubuntu");
        assertThat(gui.engineFor("unix:///var/run/docker.sock", ubuntu)).isEqualTo("unix:///var/run/docker.sock");
        assertThat(gui.engineFor("", null)).isNull();

        String name = TestBed.uniqueName("gui-wsl");
        try (ImageService images = gui.images(gui.engineFor("", ubuntu))) {
            TestBed.dockerOk("create", "--name", name, TestBed.IMAGE, "true");
            assertThat(images.listContainers()).anySatisfy(c -> assertThat(c.name()).isEqualTo(name));
        } finally {
            TestBed.removeContainers(name);
        }
        assertThat(wsl.calls()).contains("-d Ubuntu -e docker system dial-stdio");
    }
}
