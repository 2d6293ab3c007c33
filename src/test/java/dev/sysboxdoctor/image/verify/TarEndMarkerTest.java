package dev.sysboxdoctor.image.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.CancelToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

/** A tar stream that stops at an entry boundary reads as a smaller whole tar; only the end marker tells it apart. */
class TarEndMarkerTest {
    private static ImageView read(byte[] tar) throws Exception {
        return new ImageTarReader(Scope.initLayerOnly(), (p, perm) -> true, HashAlgorithm.MD5, CancelToken.none(), n -> { })
                .read(new ByteArrayInputStream(tar));
    }

    private static byte[] twoFiles() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (String name : new String[] {"a.txt", "b.txt"}) {
                byte[] data = ("content of " + name).getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry e = new TarArchiveEntry(name);
                e.setSize(data.length);
                tar.putArchiveEntry(e);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aWholeTarEndsWithItsMarker() throws Exception {
        ImageView v = read(twoFiles());
        assertThat(v.ended()).isTrue();
        assertThat(v.entries()).containsOnlyKeys("/a.txt", "/b.txt");
    }

    @Test
    void aTarCutAtAnEntryBoundaryIsNotEnded() throws Exception {
        // Header and one padded data block of a.txt: the stream stops where b.txt's header would start.
        byte[] cut = Arrays.copyOf(twoFiles(), 1024);
        ImageView v = read(cut);
        assertThat(v.entries()).containsOnlyKeys("/a.txt");
        assertThat(v.ended()).isFalse();
    }

    @Test
    void theEmptyTarHasAMarkerAndNoStreamHasNone() throws Exception {
        assertThat(read(new byte[1024]).ended()).isTrue();
        assertThat(read(new byte[0]).ended()).isFalse();
    }
}
