package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ImportChangesTest {
    @Test
    void quotesAgainstExpansionAndNamesWhatImportCannotCarry() throws Exception {
        var cfg = new ObjectMapper().readTree("{\"Env\":[\"A=x $HOME \\\"q\\\" \\\\b\",\"ML=line1\\nline2\"],\"Cmd\":[\"sh\",\"-c\",\"echo $1\"],"
                + "\"WorkingDir\":\"/w d\",\"User\":\"app\",\"ExposedPorts\":{\"80/tcp\":{}},\"Volumes\":{\"/data\":{}},"
                + "\"Labels\":{\"k\":\"v v\"},\"StopSignal\":\"SIGUSR1\",\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"]}}");
        ImportChanges.Result r = ImportChanges.from(cfg);
        assertThat(r.changes()).containsExactly(
                "CMD [\"sh\",\"-c\",\"echo $1\"]",
                "ENV \"A\"=\"x \\$HOME \\\"q\\\" \\\\b\"",
                "WORKDIR \"/w d\"",
                "USER \"app\"",
                "EXPOSE 80/tcp",
                "VOLUME [\"/data\"]",
                "LABEL \"k\"=\"v v\"");
        assertThat(r.notCarried()).containsExactly("Env ML", "Healthcheck", "StopSignal");
    }

    @Test
    void snapshotBatchesKeepHardLinkGroupsTogether() {
        java.util.List<dev.sysboxdoctor.image.verify.FileEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 9000; i++) {
            entries.add(new dev.sysboxdoctor.image.verify.FileEntry("/f/" + i, dev.sysboxdoctor.image.verify.FileType.FILE,
                    0644, 0, 0, 1, null, i % 4500 == 7 ? 7 : 100_000 + i, null));
        }
        var batches = SnapshotTar.batches(entries);
        assertThat(batches).hasSizeGreaterThan(1);
        assertThat(batches.stream().mapToInt(java.util.List::size).sum()).isEqualTo(9000);
        assertThat(batches.stream().filter(b -> b.contains("./f/7")).findFirst().orElseThrow()).contains("./f/4507");
    }
}
