package dev.sysboxdoctor.remedy;

/**
 * Choices the user makes when asking for a plan.
 *
 * @param revert          build the plan that takes back an earlier run of this remedy (the CLI's --revert)
 * @param newKernelPath   wsl-kernel-unpin only: point {@code kernel=} at this Windows path instead of
 *                        commenting the pin out (null: comment it out)
 * @param discardUnsaved  the user's explicit word that the Sysbox containers' changes may be lost: no
 *                        saves (the CLI's --discard-unsaved); the preview names the containers that lose them
 * @param restore         restore the saved containers from their backups after the fix (off: --no-restore)
 */
public record RemedyRequest(boolean revert, String newKernelPath, boolean discardUnsaved, boolean restore) {
    public static final RemedyRequest DEFAULT = new RemedyRequest(false, null);
    public static final RemedyRequest REVERT = new RemedyRequest(true, null);

    /** Saves and restores the containers at risk. */
    public RemedyRequest(boolean revert, String newKernelPath) {
        this(revert, newKernelPath, false, true);
    }

    public static RemedyRequest pointKernelAt(String windowsPath) {
        return new RemedyRequest(false, windowsPath);
    }

    public RemedyRequest discardingUnsaved() {
        return new RemedyRequest(revert, newKernelPath, true, restore);
    }

    public RemedyRequest withoutRestore() {
        return new RemedyRequest(revert, newKernelPath, discardUnsaved, false);
    }
}
