package dev.sysboxdoctor.image.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The container side's listings as busybox prints them (samples captured from busybox 1.35 in the test bed). */
class ListingParsersTest {
    @Test
    void statRecordsWithSpacesNewlinesUnicodeAndSymlinks() {
        String out = "41ed 0 0 4096 1 2 /\n"
                + "81a4 0 0 0 1 2146467 /opt/a b\n"
                + "a1ff 0 0 8 1 2146503 '/opt/lnk' -> 'target x'\n"
                + "81a4 0 0 1 1 2146518 /opt/new\nline\n"
                + "8ded 0 0 10 2 77 /opt/ü\n"
                + "43ff 0 0 4096 1 5 /work\n";
        List<FileEntry> e = StatListing.parse(out);
        assertThat(e).extracting(FileEntry::path).containsExactly("/opt/a b", "/opt/lnk", "/opt/new\nline", "/opt/ü", "/work");
        assertThat(e.get(1).type()).isEqualTo(FileType.SYMLINK);
        assertThat(e.get(1).linkTarget()).isEqualTo("target x");
        assertThat(e.get(2).size()).isEqualTo(1);
        assertThat(e.get(3).permission()).isEqualTo(06755);
        assertThat(e.get(3).inode()).isEqualTo(77);
        assertThat(e.get(4).type()).isEqualTo(FileType.DIRECTORY);
        assertThat(e.get(4).permission()).isEqualTo(01777);
        assertThat(e.get(4).size()).isZero();
    }

    @Test
    void gnuStatWithLiteralQuotingParsesToo() {
        // GNU coreutils 9.1: QUOTING_STYLE=literal stat -c '%f %u %g %s %h %i %N' (captured on Debian 12)
        String out = "81a4 0 0 0 1 2146467 /t/a b\na1ff 0 0 8 1 2146503 /t/lnk -> target x\n81a4 0 0 1 1 2146518 /t/new\nline\n";
        List<FileEntry> e = StatListing.parse(out);
        assertThat(e).extracting(FileEntry::path).containsExactly("/t/a b", "/t/lnk", "/t/new\nline");
        assertThat(e.get(1).linkTarget()).isEqualTo("target x");
    }

    @Test
    void gnuMd5sumEscapedNamesAreMatched() {
        // GNU md5sum prefixes a line with '\' when it escaped the name (captured on Debian 12).
        String out = "\\9dd4e461268c8034f5c8564e155c67a6  /t/new\\nline\nd41d8cd98f00b204e9800998ecf8427e  /t/a b\n";
        Map<String, String> h = HashListing.parse(out, List.of("/t/new\nline", "/t/a b"), 32);
        assertThat(h).containsEntry("/t/new\nline", "9dd4e461268c8034f5c8564e155c67a6").containsEntry("/t/a b", "d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void hashListingMatchesKnownNamesAndSkipsUnreadable() {
        String a = "0123456789abcdef0123456789abcdef";
        String b = "fedcba9876543210fedcba9876543210";
        String out = a + "  /x y\n" + b + "  /new\nline\n";
        Map<String, String> h = HashListing.parse(out, List.of("/x y", "/gone", "/new\nline"), 32);
        assertThat(h).containsExactlyInAnyOrderEntriesOf(Map.of("/x y", a, "/new\nline", b));
    }

    @Test
    void mountPointsAreUnescaped() {
        String mi = "87 57 0:41 / / rw - overlay overlay rw\n"
                + "104 87 254:0 /c/resolv.conf /etc/resolv.conf rw - ext4 /dev/vda rw\n"
                + "120 87 254:0 /v /my\\040volume rw - ext4 /dev/vda rw\n";
        assertThat(MountInfo.mountPoints(mi)).containsExactly("/", "/etc/resolv.conf", "/my volume");
    }

    @Test
    void scopeLeavesOutInitLayerAndMounts() {
        Scope s = new Scope(List.of("/", "/data", "/etc/hosts", "/proc/sys", "/sys/fs/cgroup"));
        assertThat(s.includes("/data")).isFalse();
        assertThat(s.includes("/data/x")).isFalse();
        assertThat(s.includes("/database")).isTrue();
        assertThat(s.includes("/proc/1")).isFalse();
        assertThat(s.includes("/.dockerenv")).isFalse();
        assertThat(s.includes("/etc/passwd")).isTrue();
        assertThat(s.mounts()).containsExactly("/data");
        assertThat(Paths.normalize("./usr/bin/")).isEqualTo("/usr/bin");
    }
}
