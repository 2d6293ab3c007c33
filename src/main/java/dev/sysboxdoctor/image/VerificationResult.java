package dev.sysboxdoctor.image;

import java.util.List;

/**
 * What the verifier found.
 *
 * @param filesCompared entries of the container's view compared with the image
 * @param filesHashed   files whose content hashes were compared
 * @param elfChecked    ELF files whose structure was checked
 * @param imageBytes    bytes of the image's filesystem streamed
 * @param probe         what the trial container said (its output or the engine's error, verbatim)
 * @param notes         limits of this verification worth telling (e.g. the container is stopped)
 */
public record VerificationResult(String image, String container, Verdict verdict, List<Difference> differences,
                                 long filesCompared, long filesHashed, long elfChecked, long imageBytes,
                                 String probe, List<String> notes) {
    public VerificationResult {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }
}
