package dev.sysboxdoctor.remedy;

/**
 * Progress of one container's save or restore inside a plan, for a per-container view.
 *
 * @param fraction 0..1, or -1 when unknown
 * @param detail   what happens now, or the reason of a failure
 */
public record ContainerProgress(String container, Phase phase, double fraction, String detail) {
    public enum Phase { SAVING, SAVED, SAVE_FAILED, RESTORING, RESTORED, RESTORE_FAILED }
}
