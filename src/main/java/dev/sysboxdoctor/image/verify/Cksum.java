package dev.sysboxdoctor.image.verify;

/**
 * POSIX {@code cksum}: CRC-32 with polynomial 0x04C11DB7, most significant bit first, over the data
 * and then its length (least significant byte first, only the bytes needed), complemented; printed
 * as an unsigned decimal number. The JDK's CRC32 is the reflected variant, hence this table.
 */
final class Cksum implements HashAlgorithm.Hasher {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i << 24;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x80000000) != 0 ? (c << 1) ^ 0x04C11DB7 : c << 1;
            }
            TABLE[i] = c;
        }
    }

    private int crc;
    private long length;

    @Override
    public void update(byte[] b, int off, int len) {
        int c = crc;
        for (int i = off; i < off + len; i++) {
            c = (c << 8) ^ TABLE[((c >>> 24) ^ b[i]) & 0xff];
        }
        crc = c;
        length += len;
    }

    @Override
    public String finish() {
        int c = crc;
        for (long n = length; n != 0; n >>>= 8) {
            c = (c << 8) ^ TABLE[((c >>> 24) ^ (int) n) & 0xff];
        }
        return Long.toString(~c & 0xffffffffL);
    }
}
