package dev.sysboxdoctor.image;

/** How a container becomes an image. {@link #AUTO} picks by the diagnosed Sysbox mode and falls back. */
public enum Strategy {
    AUTO("save"),
    COMMIT("commit"),
    EXPORT_IMPORT("export-import"),
    SNAPSHOT("snapshot");

    private final String cliName;

    Strategy(String cliName) {
        this.cliName = cliName;
    }

    /** The CLI sub-command name, also used in JSON. */
    public String cliName() {
        return cliName;
    }
}
