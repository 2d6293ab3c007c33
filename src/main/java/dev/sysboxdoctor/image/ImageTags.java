package dev.sysboxdoctor.image;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Docker's image reference grammar (distribution/reference) for names the user may tag: an
 * optional registry host[:port], lowercase path components, an optional tag. Digests are not
 * accepted: a tag is what moves. Pure, cheap: the GUI calls it on every keystroke.
 */
public final class ImageTags {
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern PATH_COMPONENT = Pattern.compile(COMPONENT);
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final int MAX_NAME = 255;

    private ImageTags() {}

    public static TagCheck validate(String input) {
        if (input == null || input.isBlank()) {
            return bad("Type an image name such as my-app:v1.");
        }
        if (!input.equals(input.strip())) {
            return bad("Remove the spaces around the name.");
        }
        if (input.contains("@")) {
            return bad("A digest (@sha256:...) cannot be a tag; use REPO:TAG.");
        }
        String name = input;
        String tag = "latest";
        int slash = input.lastIndexOf('/');
        int colon = input.lastIndexOf(':');
        if (colon > slash) {
            name = input.substring(0, colon);
            tag = input.substring(colon + 1);
            if (tag.isEmpty()) {
                return bad("The tag after ':' is empty.");
            }
            if (!TAG.matcher(tag).matches()) {
                return bad(tag.length() > 128 ? "The tag is longer than 128 characters."
                        : "The tag may hold letters, digits, '_', '.' and '-', and must not start with '.' or '-'.");
            }
        }
        if (name.isEmpty()) {
            return bad("The repository name before ':' is empty.");
        }
        if (name.length() > MAX_NAME) {
            return bad("The repository name is longer than 255 characters.");
        }
        String[] parts = name.split("/", -1);
        int first = 0;
        if (parts.length > 1 && looksLikeHost(parts[0])) {
            if (!DOMAIN.matcher(parts[0]).matches()) {
                return bad("The registry host '" + parts[0] + "' is not a valid host[:port].");
            }
            first = 1;
        }
        for (int i = first; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                return bad("The name has an empty part between '/'.");
            }
            if (!p.equals(p.toLowerCase(Locale.ROOT))) {
                return bad("Repository names must be lowercase ('" + p + "').");
            }
            if (!PATH_COMPONENT.matcher(p).matches()) {
                return bad("'" + p + "' may hold only a-z, 0-9 and single separators '.', '_', '__' or '-' between them.");
            }
        }
        return new TagCheck(true, name, tag, null);
    }

    /** As Docker decides: the first part is a registry when it has a '.' or ':' or is "localhost". */
    private static boolean looksLikeHost(String part) {
        return part.contains(".") || part.contains(":") || part.equals("localhost");
    }

    private static TagCheck bad(String message) {
        return new TagCheck(false, null, null, message);
    }
}
