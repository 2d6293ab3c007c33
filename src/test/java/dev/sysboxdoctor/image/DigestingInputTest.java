package dev.sysboxdoctor.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigestingInputTest {
    @Test
    void skippedBytesAreDigestedLikeReadOnes() throws Exception {
        byte[] data = new byte[300_000];
        new Random(7).nextBytes(data);
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestingInput(new ByteArrayInputStream(data), d)) {
            assertEquals(data[0] & 0xff, in.read());
            assertEquals(1000, in.read(new byte[1000]));
            assertEquals(200_000, in.skip(200_000)); // more than one scratch buffer
            assertEquals(98_999, in.readAllBytes().length);
            assertEquals(0, in.skip(10)); // at the end
            assertEquals(-1, in.read());
        }
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), d.digest());
    }
}
