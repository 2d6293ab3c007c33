package dev.sysboxdoctor.image;

import dev.sysboxdoctor.image.engine.EngineApi;

/** Compares an image with a container's live view (filled in by the next commit). */
final class Verifier {
    private final EngineApi api;
    private final ProgressListener progress;
    private final CancelToken cancel;

    Verifier(EngineApi api, ProgressListener progress, CancelToken cancel) {
        this.api = api;
        this.progress = progress;
        this.cancel = cancel;
    }

    VerificationResult verify(VerifyRequest request) {
        throw new UnsupportedOperationException("verify arrives with the next commit " + api.host() + progress + cancel + request);
    }
}
