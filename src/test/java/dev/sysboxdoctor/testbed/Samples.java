package dev.sysboxdoctor.testbed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The recorded wsl.exe samples under src/test/resources/samples/wsl (copies of ../shared/samples/wsl). */
public final class Samples {
    private Samples() {}

    /** The whole file, header comment included. */
    public static String raw(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/wsl/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The output part: without the leading {@code # source:} line and, where the sample shows a
     * shell prompt ({@code PS >}, {@code C:\...>}, {@code $ }), only the first command's output.
     */
    public static String body(String name) {
        List<String> out = new ArrayList<>();
        boolean sawPrompt = false;
        for (String line : raw(name).split("\n", -1)) {
            if (line.startsWith("# source:")) {
                continue;
            }
            if (isPrompt(line)) {
                if (sawPrompt || !out.isEmpty()) {
                    break;
                }
                sawPrompt = true;
                continue;
            }
            out.add(line);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out) + "\n";
    }

    private static boolean isPrompt(String line) {
        return line.startsWith("PS ") || line.matches("^[A-Za-z]:\\\\.*>.*") || line.startsWith("$ ")
                || line.startsWith("❯ ") || line.startsWith("➜ ");
    }
}
