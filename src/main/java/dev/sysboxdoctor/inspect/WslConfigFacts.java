package dev.sysboxdoctor.inspect;

import java.util.List;

/**
 * The user's {@code .wslconfig}.
 *
 * @param kernelPin     the {@code [wsl2] kernel=} value as written (null: not pinned)
 * @param kernelPinLine the exact line, for evidence
 */
public record WslConfigFacts(String path, boolean exists, String kernelPin, String kernelPinLine, List<Gap> gaps) {
    public WslConfigFacts {
        gaps = List.copyOf(gaps);
    }

    public boolean pinned() {
        return kernelPin != null && !kernelPin.isBlank();
    }
}
