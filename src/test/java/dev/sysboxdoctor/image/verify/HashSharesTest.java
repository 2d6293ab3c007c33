package dev.sysboxdoctor.image.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the files to hash are split between hash tools running at once. */
class HashSharesTest {
    @Test
    void everyFileOnceInSharesOfAboutTheSameBytes() {
        Map<String, Long> sizes = Map.of("/a", 900L, "/b", 500L, "/c", 400L, "/d", 300L, "/e", 100L, "/f", 0L);
        List<List<String>> shares = ContainerViewReader.shares(List.of("/a", "/b", "/c", "/d", "/e", "/f"), sizes, 2);
        assertThat(shares).hasSize(2);
        List<String> all = new ArrayList<>();
        shares.forEach(all::addAll);
        assertThat(all).containsExactlyInAnyOrder("/a", "/b", "/c", "/d", "/e", "/f");
        long first = shares.get(0).stream().mapToLong(sizes::get).sum();
        long second = shares.get(1).stream().mapToLong(sizes::get).sum();
        assertThat(first + second).isEqualTo(2200);
        // Largest first into the smaller share: 900+300 and 500+400+100+0.
        assertThat(shares.get(0)).containsExactly("/a", "/d");
        assertThat(List.of(first, second)).containsExactly(1200L, 1000L);
    }

    @Test
    void neverMoreSharesThanFilesAndAlwaysOne() {
        Map<String, Long> sizes = Map.of("/a", 10L);
        assertThat(ContainerViewReader.shares(List.of("/a"), sizes, 4)).containsExactly(List.of("/a"));
        assertThat(ContainerViewReader.shares(List.of(), sizes, 3)).containsExactly(List.of());
        assertThat(ContainerViewReader.shares(List.of("/a"), sizes, 0)).containsExactly(List.of("/a"));
    }
}
