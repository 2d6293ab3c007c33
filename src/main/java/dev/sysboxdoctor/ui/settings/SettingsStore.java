package dev.sysboxdoctor.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads and saves {@link Settings} as {@code settings.json} in the settings directory. */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private final Path file;

    /** Made on first use: a first start has no file, and Jackson's classes cost ~0.3 s before the window. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public SettingsStore(Path settingsDir) {
        this.file = settingsDir.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults when there are none or the file is unreadable (logged). */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULTS;
        }
        try {
            Settings s = Json.MAPPER.readValue(file.toFile(), Settings.class);
            return s == null ? Settings.DEFAULTS : s;
        } catch (IOException e) {
            LOG.warn("ignoring unreadable settings file {}", file, e);
            return Settings.DEFAULTS;
        }
    }

    /** Writes atomically (temp file + move) so a crash never leaves half a file. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("settings.json.tmp");
        Json.MAPPER.writeValue(tmp.toFile(), settings);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
