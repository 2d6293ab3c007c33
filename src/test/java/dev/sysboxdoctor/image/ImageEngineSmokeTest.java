package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.TestBed;
import org.junit.jupiter.api.Test;

class ImageEngineSmokeTest {
    @Test
    void smoke() {
        try (RichContainer c = RichContainer.start(TestBed.SYSBOX_RUNTIME); ImageService s = ImageService.connect(TestBed.dockerHost())) {
            for (Strategy st : new Strategy[] {Strategy.COMMIT, Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT}) {
                SaveOutcome o = s.save(SaveRequest.of(c.name, "smoke/" + st.cliName() + ":1", st), p -> { }, CancelToken.none());
                System.err.println(st + " saved=" + o.saved() + " warnings=" + o.warnings());
                for (SaveAttempt a : o.attempts()) {
                    System.err.println("  " + a.strategy() + " error=" + a.error() + " " + a.elapsed());
                    if (a.verification() != null) {
                        var v = a.verification();
                        System.err.println("  verdict=" + v.verdict() + " compared=" + v.filesCompared() + " hashed=" + v.filesHashed()
                                + " elf=" + v.elfChecked() + " bytes=" + v.imageBytes() + " probe=" + v.probe() + " notes=" + v.notes());
                        v.differences().stream().limit(30).forEach(d -> System.err.println("    " + d));
                    }
                }
            }
            assertThat(s.listContainers()).isNotEmpty();
        }
    }
}
