package dev.sysboxdoctor.ui.containers;

import dev.sysboxdoctor.ui.common.I18n;

/** Which Docker Engine an endpoint is, in words: never just "default". */
public final class EngineNames {
    private static final String WSL_SCHEME = "wsl://";

    private EngineNames() {}

    /** {@code host} as the app uses it (null: DOCKER_HOST, else the local socket, or the pipe on Windows). */
    public static String of(I18n t, String host, boolean windows) {
        return of(t, host, System.getenv("DOCKER_HOST"), windows);
    }

    static String of(I18n t, String host, String dockerHostEnv, boolean windows) {
        if (host == null || host.isBlank()) {
            if (dockerHostEnv != null && !dockerHostEnv.isBlank()) {
                return t.get("engine.fromDockerHost", dockerHostEnv);
            }
            return t.get("engine.local", windows ? "npipe:////./pipe/docker_engine" : "unix:///var/run/docker.sock");
        }
        if (host.regionMatches(true, 0, WSL_SCHEME, 0, WSL_SCHEME.length())) {
            return t.get("engine.inDistro", host.substring(WSL_SCHEME.length()));
        }
        return host;
    }
}
