package dev.sysboxdoctor.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnixUriTest {
    @Test
    void posixPathsAreWrittenAsTheyAre() {
        assertThat(UnixUri.of("/tmp/sdr123/d.sock", false)).isEqualTo("unix:///tmp/sdr123/d.sock");
    }

    @Test
    void windowsPathsLoseTheDriveAndUseSlashes() {
        assertThat(UnixUri.of("C:\\Users\\ann\\AppData\\Local\\Temp\\sdr1\\d.sock", true))
                .isEqualTo("unix:///Users/ann/AppData/Local/Temp/sdr1/d.sock");
    }
}
