package dev.sysboxdoctor.image.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** On a real ELF file: the JVM's own launcher, fed in small odd chunks as a stream would. */
class ElfCheckTest {
    static byte[] realElf() throws Exception {
        return Files.readAllBytes(Path.of(ProcessHandle.current().info().command().orElseThrow()).toRealPath());
    }

    static String check(byte[] data, long size, boolean executable, int chunk) {
        ElfCheck c = new ElfCheck(size, executable);
        for (int i = 0; i < data.length; i += chunk) {
            c.update(data, i, Math.min(chunk, data.length - i));
        }
        return c.finish();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 4096, 1 << 20})
    void intactElfPassesWhateverTheChunking(int chunk) throws Exception {
        byte[] elf = realElf();
        assertThat(check(elf, elf.length, true, chunk)).isNull();
    }

    @Test
    void truncatedElfIsNamed() throws Exception {
        byte[] elf = Arrays.copyOf(realElf(), 200);
        assertThat(check(elf, elf.length, true, 64)).containsAnyOf("program headers end", "PT_LOAD");
    }

    @Test
    void zeroFilledLoadSegmentIsFound() throws Exception {
        byte[] elf = realElf();
        ByteBuffer h = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        long phoff = h.getLong(32);
        int phnum = Short.toUnsignedInt(h.getShort(56));
        long lastOff = -1;
        long lastSize = 0;
        for (int i = 0; i < phnum; i++) {
            int at = (int) (phoff + 56L * i);
            if (h.getInt(at) == 1 && h.getLong(at + 8) > 0 && h.getLong(at + 32) > 0) {
                lastOff = h.getLong(at + 8);
                lastSize = h.getLong(at + 32);
            }
        }
        assertThat(lastOff).as("a PT_LOAD segment after the headers").isPositive();
        Arrays.fill(elf, (int) lastOff, (int) (lastOff + lastSize), (byte) 0);
        assertThat(check(elf, elf.length, true, 333)).startsWith("PT_LOAD bytes " + lastOff + "..").endsWith("are all zeros");
    }

    @Test
    void zeroFilledExecutableIsFoundButZeroDataFileIsNot() {
        byte[] zeros = new byte[100_000];
        assertThat(check(zeros, zeros.length, true, 4096)).isEqualTo("executable file of 100000 bytes is all zeros");
        assertThat(check(zeros, zeros.length, false, 4096)).isNull();
    }

    @Test
    void scriptsAndEmptyFilesAreFine() {
        byte[] script = "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8);
        assertThat(check(script, script.length, true, 3)).isNull();
        assertThat(check(new byte[0], 0, true, 1)).isNull();
    }

    @Test
    void elfHeaderCutShortIsNamed() {
        byte[] stub = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        assertThat(check(stub, stub.length, true, 4)).startsWith("ELF header truncated");
    }
}
