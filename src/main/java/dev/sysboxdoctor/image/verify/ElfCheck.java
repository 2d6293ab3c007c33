package dev.sysboxdoctor.image.verify;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Structural check of one file fed as a stream, in one pass, with bounded memory (the first
 * {@value #PREFIX} bytes). An ELF file must have its header and program header table inside the
 * file, every PT_LOAD file range inside the file and not all zeros. An executable that is all
 * zeros is reported too: that is what a metadata-only copy-up leaves behind.
 */
public final class ElfCheck {
    static final int PREFIX = 64 * 1024;
    private static final int PT_LOAD = 1;

    private final long size;
    private final boolean executable;
    private final byte[] prefix;
    private int prefixLen;
    private long pos;
    private boolean anyNonZero;
    private boolean parsed;
    private String problem;
    private final List<long[]> zeroRanges = new ArrayList<>(); // {next unchecked offset, end, start} of PT_LOAD ranges not yet seen non-zero

    public ElfCheck(long size, boolean executable) {
        this.size = size;
        this.executable = executable;
        this.prefix = new byte[(int) Math.min(PREFIX, Math.max(0, size))];
    }

    public void update(byte[] b, int off, int len) {
        if (len <= 0) {
            return;
        }
        if (prefixLen < prefix.length) {
            int n = Math.min(len, prefix.length - prefixLen);
            System.arraycopy(b, off, prefix, prefixLen, n);
            prefixLen += n;
        }
        if (!anyNonZero) {
            anyNonZero = firstNonZero(b, off, off + len) >= 0;
        }
        if (!parsed && (prefixLen == prefix.length)) {
            parse();
        }
        if (parsed && !zeroRanges.isEmpty()) {
            clearRanges(b, off, len, pos);
        }
        pos += len;
    }

    /** @return null when fine or not ELF, else what is wrong (one line) */
    public String finish() {
        if (!parsed) {
            parse();
        }
        if (problem != null) {
            return problem;
        }
        if (!zeroRanges.isEmpty()) {
            long[] r = zeroRanges.get(0);
            return "PT_LOAD bytes " + r[2] + ".." + r[1] + " are all zeros";
        }
        if (executable && size > 0 && !anyNonZero && !isElf()) {
            return "executable file of " + size + " bytes is all zeros";
        }
        return null;
    }

    public boolean isElf() {
        return prefixLen >= 4 && prefix[0] == 0x7f && prefix[1] == 'E' && prefix[2] == 'L' && prefix[3] == 'F';
    }

    private void parse() {
        parsed = true;
        if (!isElf()) {
            return;
        }
        if (prefixLen < 6) {
            problem = "ELF header truncated: file has " + size + " bytes";
            return;
        }
        int cls = prefix[4];
        int data = prefix[5];
        if ((cls != 1 && cls != 2) || (data != 1 && data != 2)) {
            problem = "ELF header has bad class/encoding (" + cls + "/" + data + ")";
            return;
        }
        boolean is64 = cls == 2;
        int ehsize = is64 ? 64 : 52;
        if (size < ehsize || prefixLen < ehsize) {
            problem = "ELF header truncated: needs " + ehsize + " bytes, file has " + size;
            return;
        }
        ByteBuffer h = ByteBuffer.wrap(prefix, 0, prefixLen).order(data == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long phoff = is64 ? h.getLong(32) : Integer.toUnsignedLong(h.getInt(28));
        int phentsize = Short.toUnsignedInt(h.getShort(is64 ? 54 : 42));
        int phnum = Short.toUnsignedInt(h.getShort(is64 ? 56 : 44));
        if (phnum == 0) {
            return; // relocatable objects have no program headers
        }
        int wantEnt = is64 ? 56 : 32;
        if (phentsize != wantEnt) {
            problem = "ELF program header entry size is " + phentsize + ", expected " + wantEnt;
            return;
        }
        long phend = phoff + (long) phentsize * phnum;
        if (phoff < 0 || phend > size) {
            problem = "ELF program headers end at byte " + phend + ", beyond the file's " + size + " bytes";
            return;
        }
        if (phend > prefixLen) {
            return; // table beyond the kept prefix (unusual): header and bounds checked, segments not
        }
        for (int i = 0; i < phnum; i++) {
            int at = (int) (phoff + (long) i * phentsize);
            int type = h.getInt(at);
            if (type != PT_LOAD) {
                continue;
            }
            long off = is64 ? h.getLong(at + 8) : Integer.toUnsignedLong(h.getInt(at + 4));
            long filesz = is64 ? h.getLong(at + 32) : Integer.toUnsignedLong(h.getInt(at + 16));
            if (off < 0 || filesz < 0 || off + filesz > size) {
                problem = "ELF PT_LOAD segment " + i + " (bytes " + off + ".." + (off + filesz) + ") lies beyond the file's " + size + " bytes";
                return;
            }
            if (filesz > 0) {
                zeroRanges.add(new long[] {off, off + filesz, off});
            }
        }
        // Ranges (or their parts) already streamed live in the prefix.
        clearRanges(prefix, 0, prefixLen, 0);
    }

    /** Drops every range that has a non-zero byte in b[off..off+len) (stream position {@code at}). */
    private void clearRanges(byte[] b, int off, int len, long at) {
        zeroRanges.removeIf(r -> {
            long from = Math.max(r[0], at);
            long to = Math.min(r[1], at + len);
            if (from >= to) {
                return false;
            }
            if (firstNonZero(b, off + (int) (from - at), off + (int) (to - at)) >= 0) {
                return true;
            }
            if (from == r[0]) {
                r[0] = to; // this part was zeros; remember where to continue
            }
            return false;
        });
    }

    private static int firstNonZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return i;
            }
        }
        return -1;
    }
}
