package dev.sysboxdoctor.image;

import dev.sysboxdoctor.image.engine.EngineApi;

/** Runs the strategies of a save, verifies each image and moves the tag (filled in by the next commit). */
final class Saver {
    private final EngineApi api;
    private final ProgressListener progress;
    private final CancelToken cancel;

    Saver(EngineApi api, ProgressListener progress, CancelToken cancel) {
        this.api = api;
        this.progress = progress;
        this.cancel = cancel;
    }

    SaveOutcome save(SaveRequest request) {
        throw new UnsupportedOperationException("save arrives with the next commit " + api.host() + progress + cancel + request);
    }
}
