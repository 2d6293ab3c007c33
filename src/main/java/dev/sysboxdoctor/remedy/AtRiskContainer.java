package dev.sysboxdoctor.remedy;

import java.util.OptionalLong;

/**
 * A Sysbox container whose changes live only in sysbox-mgr's rootfs clone, so they are lost when
 * Sysbox stops.
 *
 * @param changesBytes the engine's size of the container's writable layer (SizeRw); empty when the
 *                     engine did not say
 */
public record AtRiskContainer(String id, String name, String image, boolean running, OptionalLong changesBytes) {
    public AtRiskContainer {
        changesBytes = changesBytes == null ? OptionalLong.empty() : changesBytes;
    }
}
