package dev.sysboxdoctor.inspect;

/**
 * Facts as they arrive, so a GUI can fill in while the rest is still being gathered. Called from
 * the inspector's worker threads (not the JavaFX thread), possibly concurrently for different targets.
 */
public interface InspectionListener {
    InspectionListener NONE = new InspectionListener() {};

    /** A short human-readable step ("Asking wsl.exe for the distros", "Inspecting Ubuntu"). */
    default void onProgress(String step) {}

    /** The step as a type; by default it reaches {@link #onProgress} in English. */
    default void onStep(InspectionStep step, String subject) {
        onProgress(step.english(subject));
    }

    default void onWsl(WslFacts wsl) {}

    default void onWslConfig(WslConfigFacts wslConfig) {}

    /** One target is complete (all its facts or gaps). */
    default void onTarget(TargetFacts target) {}
}
