package dev.sysboxdoctor.image;

/** Receives a save-all run's progress on the worker thread (GUI: hop to the FX thread yourself). */
public interface SaveAllListener {
    SaveAllListener NONE = new SaveAllListener() { };

    /** A container's save progressed. */
    default void onProgress(SaveAllProgress progress) {
    }

    /** A container's save ended, saved or not. */
    default void onContainerDone(int index, int total, ContainerSave result) {
    }
}
