package dev.sysboxdoctor.image.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each digest in Java prints what the tool prints (checked against this machine's coreutils), and the tools' output parses. */
class HashAlgorithmTest {
    @Test
    void everyAlgorithmMatchesItsTool(@TempDir Path dir) throws Exception {
        Random random = new Random(11);
        for (int size : new int[] {0, 1, 255, 256, 65_537, 1_000_000}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            Path f = dir.resolve("f" + size);
            Files.write(f, data);
            for (HashAlgorithm a : HashAlgorithm.values()) {
                Process p = new ProcessBuilder(a.tool(), f.toString()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                assertThat(p.waitFor()).as(out).isZero();
                HashAlgorithm.Hasher h = a.newHasher();
                // fed in two pieces, as a stream arrives
                h.update(data, 0, size / 3);
                h.update(data, size / 3, size - size / 3);
                assertThat(HashListing.parse(out, List.of(f.toString()), a)).as(a + " of " + size + " bytes")
                        .isEqualTo(Map.of(f.toString(), h.finish()));
            }
        }
    }

    @Test
    void theDigestOfNothingIsWhatAToolPrintsForDevNull() {
        assertThat(HashAlgorithm.MD5.ofNothing()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(HashAlgorithm.CKSUM.ofNothing()).isEqualTo("4294967295");
    }

    @Test
    void cksumListingsKeepArgumentOrderAndSkipUnreadableFiles() {
        String out = "4294967295 0 /a b\n123 7 /new\nline\n";
        assertThat(HashListing.parse(out, List.of("/a b", "/gone", "/new\nline"), HashAlgorithm.CKSUM))
                .isEqualTo(Map.of("/a b", "4294967295", "/new\nline", "123"));
    }
}
