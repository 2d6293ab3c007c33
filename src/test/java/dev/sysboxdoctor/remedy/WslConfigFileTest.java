package dev.sysboxdoctor.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .wslconfig on disk: backup once, atomic replace, exact restore, missing and read-only files. */
class WslConfigFileTest {
    @TempDir Path dir;

    @Test
    void theFirstOriginalIsBackedUpOnceAndRestoredExactly() throws Exception {
        Path p = dir.resolve(".wslconfig");
        byte[] original = "\uFEFF[wsl2]\r\nkernel=C:\\\\k\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(p, original);
        WslConfigFile f = new WslConfigFile(p);
        Optional<byte[]> read = f.readBytes();

        f.backupOnce(read);
        f.replace("first".getBytes(StandardCharsets.UTF_8));
        f.backupOnce(f.readBytes());
        f.replace("second".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(f.backupPath())).as("the backup keeps the first original").isEqualTo(original);
        assertThat(Files.readString(p)).isEqualTo("second");

        f.restore(read);
        f.dropBackup();
        assertThat(Files.readAllBytes(p)).isEqualTo(original);
        try (var s = Files.list(dir)) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactly(".wslconfig");
        }
    }

    @Test
    void aMissingFileStaysMissingUnlessContentIsWrittenAndRestoreRemovesIt() throws Exception {
        Path p = dir.resolve(".wslconfig");
        WslConfigFile f = new WslConfigFile(p);
        assertThat(f.readBytes()).isEmpty();
        assertThat(f.read().lines()).isEmpty();
        assertThat(p).doesNotExist();

        f.backupOnce(Optional.empty());
        f.replace("[wsl2]\r\nkernel=C:\\\\k\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(f.createdMarkerPath()).exists();
        f.restore(Optional.empty());
        f.dropBackup();
        try (var s = Files.list(dir)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void aReadOnlyFileIsAClearError() throws IOException {
        Path p = dir.resolve(".wslconfig");
        Files.writeString(p, "[wsl2]\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
        WslConfigFile f = new WslConfigFile(p);
        assertThatThrownBy(f::checkWritable).hasMessageContaining("is read-only").hasMessageContaining("attrib -r");
        assertThatThrownBy(() -> f.replace(new byte[] {1})).hasMessageContaining("is read-only");
        assertThat(Files.readString(p)).isEqualTo("[wsl2]\n");
    }

    @Test
    void anUndecodableFileIsNotEdited() throws IOException {
        Path p = dir.resolve(".wslconfig");
        Files.write(p, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8});
        assertThatThrownBy(() -> new WslConfigFile(p).read()).hasMessageContaining("Cannot edit").hasMessageContaining("safely");
    }
}
