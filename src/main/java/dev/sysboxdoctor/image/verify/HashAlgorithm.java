package dev.sysboxdoctor.image.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content digests both sides can agree on: the ones a container's own tools print (coreutils
 * or busybox md5sum, sha256sum, sha1sum, cksum). The image side computes the same one in Java.
 */
public enum HashAlgorithm {
    MD5("md5sum", "md5", "MD5"),
    SHA256("sha256sum", "sha256", "SHA-256"),
    SHA1("sha1sum", "sha1", "SHA-1"),
    /** POSIX cksum: a CRC-32 over the data and its length, printed in decimal. */
    CKSUM("cksum", "cksum", null);

    private final String tool;
    private final String label;
    private final String jdkName;

    HashAlgorithm(String tool, String label, String jdkName) {
        this.tool = tool;
        this.label = label;
        this.jdkName = jdkName;
    }

    /** The program that prints it inside a container (also the busybox applet name). */
    public String tool() {
        return tool;
    }

    /** Short name shown before a digest ("md5 0f3a..."). */
    public String label() {
        return label;
    }

    /** A fresh digest of one file's bytes. */
    public Hasher newHasher() {
        if (this == CKSUM) {
            return new Cksum();
        }
        try {
            MessageDigest md = MessageDigest.getInstance(jdkName);
            return new Hasher() {
                @Override
                public void update(byte[] b, int off, int len) {
                    md.update(b, off, len);
                }

                @Override
                public String finish() {
                    return HexFormat.of().formatHex(md.digest());
                }
            };
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + jdkName, e);
        }
    }

    /** The digest of no bytes, as the tool prints it: how a probe on /dev/null recognises a working tool. */
    public String ofNothing() {
        return newHasher().finish();
    }

    /** One file's digest being computed; {@link #finish()} ends it. */
    public interface Hasher {
        void update(byte[] b, int off, int len);

        String finish();
    }
}
