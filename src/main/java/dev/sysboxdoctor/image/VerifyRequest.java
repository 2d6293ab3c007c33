package dev.sysboxdoctor.image;

import java.util.Objects;

/**
 * @param image     image name or id to check
 * @param container the container it should match; null checks the image on its own (ELF structure, probe)
 * @param full      hash every file instead of only the changed and executable ones
 */
public record VerifyRequest(String image, String container, boolean full) {
    public VerifyRequest {
        Objects.requireNonNull(image, "image");
    }
}
