package dev.sysboxdoctor.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void oneChangedLineWithContext() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String b = "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n";
        assertThat(UnifiedDiff.of("/x", a, b)).isEqualTo(
                "--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n 7\n 8\n");
    }

    @Test
    void newFileAndRemovedFile() {
        assertThat(UnifiedDiff.of("/etc/f.conf", null, "x\ny\n")).isEqualTo(
                "--- /dev/null\n+++ b/etc/f.conf\n@@ -0,0 +1,2 @@\n+x\n+y\n");
        assertThat(UnifiedDiff.of("/etc/f.conf", "x\n", null)).isEqualTo(
                "--- a/etc/f.conf\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n");
    }

    @Test
    void twoDistantChangesMakeTwoHunks() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            a.append(i).append('\n');
            b.append(i == 2 ? "two" : i == 19 ? "nineteen" : String.valueOf(i)).append('\n');
        }
        String d = UnifiedDiff.of("/f", a.toString(), b.toString());
        assertThat(d).contains("@@ -1,5 +1,5 @@").contains("@@ -16,5 +16,5 @@").contains("-19\n+nineteen\n");
    }
}
