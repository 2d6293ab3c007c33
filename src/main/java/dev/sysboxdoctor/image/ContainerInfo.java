package dev.sysboxdoctor.image;

/** A container as the save dialog lists it. {@code state} is Docker's (running, exited, paused, created...). */
public record ContainerInfo(String id, String name, String image, String runtime, String state, boolean sysbox) {
    public static final String SYSBOX_RUNTIME = "sysbox-runc";

    public boolean running() {
        return "running".equals(state);
    }
}
