package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.TestBed;

/** What a save may leave behind on the engine: nothing temporary, ever. */
final class Leftovers {
    private Leftovers() {}

    static void assertNone() {
        assertThat(TestBed.dockerOk("images", "--format", "{{.Repository}}:{{.Tag}}", Saver.TEMP_REPO))
                .as("temporary images").isEmpty();
        assertThat(TestBed.dockerOk("ps", "-a", "--filter", "name=sysbox-doctor-", "--format", "{{.Names}}"))
                .as("temporary containers").isEmpty();
    }

    static boolean imageExists(String ref) {
        return TestBed.docker("image", "inspect", ref).ok();
    }
}
