package dev.sysboxdoctor.ui.reports;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where "Save as…" starts: the user's Documents folder, else the home folder (never the working directory). */
final class DocumentsFolder {
    private DocumentsFolder() {}

    static Path ofThisUser() {
        return of(Path.of(System.getProperty("user.home", ".")));
    }

    static Path of(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
