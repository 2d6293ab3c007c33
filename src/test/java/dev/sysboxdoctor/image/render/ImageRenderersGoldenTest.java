package dev.sysboxdoctor.image.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.image.RestoreOutcome;
import dev.sysboxdoctor.image.SaveAllOutcome;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.VerificationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON of the image commands is a contract (docs/json-contract.md): for the same results the
 * bytes stay the same. The golden files were written by the renderers before they moved into the
 * image room; the English text is pinned the same way.
 */
class ImageRenderersGoldenTest {
    @Test
    void jsonIsByteIdenticalToTheGoldenFiles() throws IOException {
        for (Map.Entry<String, Object> e : ImageReportSamples.all().entrySet()) {
            assertThat(json(e.getValue()) + "\n").as(e.getKey()).isEqualTo(golden(e.getKey() + ".json"));
        }
    }

    @Test
    void englishTextIsTheGoldenFiles() throws IOException {
        for (Map.Entry<String, Object> e : ImageReportSamples.all().entrySet()) {
            assertThat(text(e.getValue())).as(e.getKey()).isEqualTo(golden(e.getKey() + ".en.txt"));
        }
    }

    static String json(Object o) {
        if (o instanceof VerificationResult v) {
            return VerificationJson.verification(v);
        } else if (o instanceof SaveOutcome s) {
            return VerificationJson.save(s);
        } else if (o instanceof SaveAllOutcome s) {
            return BackupJson.saveAll(s);
        }
        return BackupJson.restore((RestoreOutcome) o);
    }

    static String text(Object o) {
        if (o instanceof VerificationResult v) {
            return VerificationText.verification(v);
        } else if (o instanceof SaveOutcome s) {
            return VerificationText.save(s);
        } else if (o instanceof SaveAllOutcome s) {
            return BackupText.saveAll(s);
        }
        return BackupText.restore((RestoreOutcome) o);
    }

    static String golden(String name) throws IOException {
        try (InputStream in = ImageRenderersGoldenTest.class.getResourceAsStream("/golden/image/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
