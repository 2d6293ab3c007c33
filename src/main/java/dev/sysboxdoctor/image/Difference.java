package dev.sysboxdoctor.image;

/**
 * One way the image differs from the container. Env values never appear here: an Env difference
 * names the variable only.
 *
 * @param path     file path inside the container, or {@code config:Field} for a config difference, or {@code probe}
 * @param aspect   what differs
 * @param expected what the container has
 * @param found    what the image has
 */
public record Difference(String path, Aspect aspect, String expected, String found) {
    public enum Aspect {
        MISSING, EXTRA, TYPE, CONTENT, SIZE, MODE, OWNER, LINK_TARGET, HARDLINK, ELF, CONFIG, PROBE,
        /** The image's layer is not the tar that was verified on its way in. */
        LAYER
    }
}
