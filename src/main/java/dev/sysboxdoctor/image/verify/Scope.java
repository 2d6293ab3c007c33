package dev.sysboxdoctor.image.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * Which paths take part in a comparison. Docker's init layer (moby initlayer: /dev, /proc, /sys,
 * /.dockerenv, /etc/hosts, /etc/hostname, /etc/resolv.conf, /etc/mtab) is made anew for every
 * container and never belongs to an image; mounts (volumes, binds) are not in the container's
 * filesystem either.
 */
public final class Scope {
    static final List<String> INIT_LAYER = List.of("/dev", "/proc", "/sys", "/.dockerenv", "/.dockerinit",
            "/etc/hosts", "/etc/hostname", "/etc/resolv.conf", "/etc/mtab");
    private final List<String> excluded;

    public Scope(List<String> mountPoints) {
        List<String> ex = new ArrayList<>(INIT_LAYER);
        for (String m : mountPoints) {
            if (!m.equals("/")) {
                ex.add(Paths.normalize(m));
            }
        }
        this.excluded = List.copyOf(ex);
    }

    public static Scope initLayerOnly() {
        return new Scope(List.of());
    }

    public boolean includes(String path) {
        if (path.equals("/")) {
            return false;
        }
        for (String e : excluded) {
            if (Paths.isAtOrUnder(path, e)) {
                return false;
            }
        }
        return true;
    }

    /** The user's mounts left out of the comparison (for notes): volumes and binds, not Docker's own (/proc, /etc/hosts...). */
    public List<String> mounts() {
        return excluded.subList(INIT_LAYER.size(), excluded.size()).stream()
                .filter(m -> INIT_LAYER.stream().noneMatch(i -> Paths.isAtOrUnder(m, i)))
                .distinct().toList();
    }
}
