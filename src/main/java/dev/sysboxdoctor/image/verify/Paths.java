package dev.sysboxdoctor.image.verify;

/** Path spelling shared by both sides: absolute, no "./", no trailing '/'. */
public final class Paths {
    private Paths() {}

    public static String normalize(String name) {
        String p = name;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.equals(".")) {
            p = "";
        }
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** True when {@code path} is {@code root} or below it. */
    public static boolean isAtOrUnder(String path, String root) {
        if (root.equals("/")) {
            return true;
        }
        return path.equals(root) || path.startsWith(root + "/");
    }
}
