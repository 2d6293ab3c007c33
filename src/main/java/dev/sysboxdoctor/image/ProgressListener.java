package dev.sysboxdoctor.image;

/** Receives progress on the worker thread (GUI: hop to the FX thread yourself). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
