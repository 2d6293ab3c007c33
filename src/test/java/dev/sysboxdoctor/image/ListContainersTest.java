package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.testbed.TestBed;
import org.junit.jupiter.api.Test;

class ListContainersTest {
    @Test
    void listsRuntimeStateAndSysboxFlag() {
        String sb = TestBed.uniqueName("list-sb");
        String rc = TestBed.uniqueName("list-runc");
        try (ImageService images = ImageService.connect(TestBed.dockerHost())) {
            TestBed.dockerOk("run", "-d", "--name", sb, "--runtime", TestBed.SYSBOX_RUNTIME, TestBed.IMAGE, "sleep", "1000");
            TestBed.dockerOk("create", "--name", rc, TestBed.IMAGE, "true");
            var all = images.listContainers();
            assertThat(all).filteredOn(c -> c.name().equals(sb)).singleElement().satisfies(c -> {
                assertThat(c.sysbox()).isTrue();
                assertThat(c.runtime()).isEqualTo("sysbox-runc");
                assertThat(c.running()).isTrue();
                assertThat(c.image()).isEqualTo(TestBed.IMAGE);
            });
            assertThat(all).filteredOn(c -> c.name().equals(rc)).singleElement().satisfies(c -> {
                assertThat(c.sysbox()).isFalse();
                assertThat(c.state()).isEqualTo("created");
            });
            assertThat(images.tagExists(TestBed.IMAGE)).isTrue();
            assertThat(images.tagExists("sdtest-none/such:tag")).isFalse();
            assertThat(ImageService.plan(SysboxMode.ROOTFS_CLONING, images.container(sb))).first().isEqualTo(Strategy.EXPORT_IMPORT);
        } finally {
            TestBed.removeContainers(sb, rc);
        }
    }
}
