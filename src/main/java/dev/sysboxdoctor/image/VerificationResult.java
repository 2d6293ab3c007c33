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
 * @param containerView where the container's files were read: "inside the container" or "through the engine"; null without a container
 * @param hashTool      what computed the container's digests (e.g. "sha256sum", "busybox md5sum"); null without a container
 * @param limits        one line: what this proof covers and what not; null without a container
 * @param unchecked     files whose content could not be compared ("could not check": never a difference)
 */
public record VerificationResult(String image, String container, Verdict verdict, List<Difference> differences,
                                 long filesCompared, long filesHashed, long elfChecked, long imageBytes,
                                 String probe, List<String> notes, String containerView, String hashTool, String limits,
                                 List<Unchecked> unchecked) {
    public VerificationResult {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
        unchecked = List.copyOf(unchecked);
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }
}
