package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.verify.ContainerView;
import dev.sysboxdoctor.image.verify.FileEntry;
import dev.sysboxdoctor.testbed.TestBed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The container's own hash tool runs beside the image's stream or only after it, one or several
 * at a time, and every way gives the same hashes as md5sum run by hand in the container.
 */
class InsideHashingTest {
    static final String[] FILES = {"/opt/a.bin", "/opt/b.bin", "/opt/c.bin", "/opt/d.bin", "/opt/tool"};
    static RichContainer container;
    static EngineApi api;
    static Map<String, String> byHand = new HashMap<>();

    @BeforeAll
    static void start() {
        container = RichContainer.start(TestBed.SYSBOX_RUNTIME);
        TestBed.dockerOk("exec", container.name, "sh", "-c", "for f in a b c d; do dd if=/dev/urandom of=/opt/$f.bin bs=1024 count=$((RANDOM % 900 + 100)) 2>/dev/null; done"
                + " && cp /bin/busybox /opt/tool");
        for (String f : FILES) {
            byHand.put(f, TestBed.dockerOk("exec", container.name, "md5sum", f).split(" ")[0]);
        }
        api = EngineApi.connect(TestBed.dockerHost());
    }

    @AfterAll
    static void stop() {
        api.close();
        container.close();
    }

    @Test
    void fewCpusHashAfterTheStreamTwoAtATimeManyBesideIt() {
        assertThat(InsideHashing.forCpus(2)).isEqualTo(new InsideHashing(true, 2));
        assertThat(InsideHashing.forCpus(3)).isEqualTo(new InsideHashing(true, 2));
        assertThat(InsideHashing.forCpus(4)).isEqualTo(new InsideHashing(false, 2));
        assertThat(InsideHashing.forCpus(16)).isEqualTo(new InsideHashing(false, 4));
        assertThat(InsideHashing.forCpus(0)).isEqualTo(InsideHashing.UNKNOWN); // /info without NCPU: as before
    }

    @Test
    void afterTheStreamNothingIsHashedUntilTheStreamEnds() throws Exception {
        List<Progress> events = new CopyOnWriteArrayList<>();
        ContainerSide side = ContainerSide.start(api, Containers.inspect(api, container.name), false, new InsideHashing(true, 2),
                events::add, CancelToken.none());
        Thread.sleep(2000); // the listing is done by now (well under a second here); the hashing must still wait
        assertThat(events).noneMatch(InsideHashingTest::hashing);
        side.streamEnded();
        assertThat(hashes(side.await())).containsAllEntriesOf(byHand);
        assertThat(events).anyMatch(InsideHashingTest::hashing);
    }

    @Test
    void besideTheStreamItHashesWithoutWaitingAndSharesGiveTheSameHashes() throws Exception {
        for (int processes : new int[] {1, 3}) {
            List<Progress> events = new CopyOnWriteArrayList<>();
            ContainerSide side = ContainerSide.start(api, Containers.inspect(api, container.name), false,
                    new InsideHashing(false, processes), events::add, CancelToken.none());
            long deadline = System.currentTimeMillis() + 60_000;
            while (events.stream().noneMatch(InsideHashingTest::hashedAll) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(events).as("%d at a time, no stream end signalled", processes).anyMatch(InsideHashingTest::hashedAll);
            ContainerView view = side.await();
            assertThat(hashes(view)).as("%d at a time", processes).containsAllEntriesOf(byHand);
            assertThat(view.unreadable()).isEmpty();
        }
    }

    private static boolean hashing(Progress p) {
        return p.phase() == Progress.Phase.READING_CONTAINER && p.message().startsWith("Hashing");
    }

    private static boolean hashedAll(Progress p) {
        return hashing(p) && p.bytesTotal() > 0 && p.bytesDone() == p.bytesTotal();
    }

    private static Map<String, String> hashes(ContainerView view) {
        Map<String, String> out = new HashMap<>();
        for (FileEntry e : view.entries()) {
            if (e.hash() != null) {
                out.put(e.path(), e.hash());
            }
        }
        return out;
    }
}
