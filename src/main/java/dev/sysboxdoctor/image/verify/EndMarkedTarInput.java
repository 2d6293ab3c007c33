package dev.sysboxdoctor.image.verify;

import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A tar reader that tells whether the archive closed with its end-of-archive marker (a zero
 * block) or the stream simply stopped. A tar cut short at an entry boundary reads as a smaller
 * but whole archive (docker import takes it as well), so where the stream alone is the evidence,
 * only a marked end proves that nothing is missing.
 */
final class EndMarkedTarInput extends TarArchiveInputStream {
    private boolean sawEndMarker;

    EndMarkedTarInput(InputStream in) {
        super(in, "UTF-8");
    }

    /** Only header records come here: a zero one is the marker; a missing one (null) is the stream's end. */
    @Override
    protected boolean isEOFRecord(byte[] record) {
        boolean end = super.isEOFRecord(record);
        if (end && record != null) {
            sawEndMarker = true;
        }
        return end;
    }

    boolean sawEndMarker() {
        return sawEndMarker;
    }
}
