package dev.sysboxdoctor.inspect;

import java.util.List;

/**
 * The user's {@code .wslconfig}.
 *
 * @param kernelPin     the {@code [wsl2] kernel=} value as written (null: not pinned)
 * @param kernelPinLine the exact line, for evidence
 * @param networkingMode      the {@code [wsl2] networkingMode=} value as written (null: not set, WSL's default NAT)
 * @param networkingModeLine  the exact line, for evidence
 */
public record WslConfigFacts(String path, boolean exists, String kernelPin, String kernelPinLine, List<Gap> gaps,
                             String networkingMode, String networkingModeLine) {
    public WslConfigFacts {
        gaps = List.copyOf(gaps);
    }

    /** Facts without the networking mode (not read). */
    public WslConfigFacts(String path, boolean exists, String kernelPin, String kernelPinLine, List<Gap> gaps) {
        this(path, exists, kernelPin, kernelPinLine, gaps, null, null);
    }

    /** {@code networkingMode=mirrored} in any letter case: the mode that breaks Sysbox's seccomp notify filter. */
    public boolean mirrored() {
        return networkingMode != null && networkingMode.strip().equalsIgnoreCase("mirrored");
    }

    public boolean pinned() {
        return kernelPin != null && !kernelPin.isBlank();
    }
}
