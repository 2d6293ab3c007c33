package dev.sysboxdoctor.remedy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads the fixture's command logs for tests in other packages. */
public final class FixtureLogs {
    private FixtureLogs() {}

    public static List<String> stateChangingSystemctlCalls(Path root) throws IOException {
        return PrecheckRemedyTest.stateChangingSystemctlCalls(root);
    }
}
