package dev.sysboxdoctor.remedy;

/**
 * Choices the user makes when asking for a plan.
 *
 * @param revert          build the plan that takes back an earlier run of this remedy (the CLI's --revert)
 * @param newKernelPath   wsl-kernel-unpin only: point {@code kernel=} at this Windows path instead of
 *                        commenting the pin out (null: comment it out)
 */
public record RemedyRequest(boolean revert, String newKernelPath) {
    public static final RemedyRequest DEFAULT = new RemedyRequest(false, null);
    public static final RemedyRequest REVERT = new RemedyRequest(true, null);

    public static RemedyRequest pointKernelAt(String windowsPath) {
        return new RemedyRequest(false, windowsPath);
    }
}
