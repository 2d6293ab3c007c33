package dev.sysboxdoctor.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Property-style: random .wslconfig files with every oddity round-trip and change only the kernel lines. */
class WslConfigTextTest {
    private static final String[] EOLS = {"\r\n", "\n", "\r"};
    private static final String[] FILLER = {
        "# my settings", "", "   ", "memory=8GB", "processors = 4", "swap=0", "localhostForwarding=true",
        "guiApplications=false  # trailing comment", "kernelCommandLine = vsyscall=emulate", "customKey=whatever",
        "networkingMode=mirrored", "[experimental]", "autoMemoryReclaim=gradual", "[general]", "[wsl2]", "[ wsl2 ]",
        "; not a comment for WSL but kept", "swapFile=C:\\\\temp\\\\wsl-swap.vhdx", "# kernel=C:\\\\old\\\\commented",
        "défaut=é中文", "\tdebugConsole=true", "kernelModules=C:\\\\k\\\\modules.vhdx",
    };
    private static final String[] KERNELS = {
        "kernel=C:\\\\k\\\\bzImage", "kernel = C:\\\\Users\\\\me\\\\wsl kernels\\\\vmlinux-5.15",
        "Kernel=\"C:\\\\quoted path\\\\bzImage\" # pinned", "kernel=D:/forward/slashes/bzImage",
    };

    record Case(long seed, byte[] bytes, Charset charset, int bomLength) {
        @Override
        public String toString() {
            return "seed " + seed + " " + charset + (bomLength > 0 ? "+BOM" : "");
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (long seed = 1; seed <= 300; seed++) {
            out.add(randomFile(seed));
        }
        return out;
    }

    static Case randomFile(long seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder();
        boolean mixedEols = r.nextInt(4) == 0;
        String eol = EOLS[r.nextInt(EOLS.length)];
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            String line = r.nextInt(4) == 0 ? KERNELS[r.nextInt(KERNELS.length)] : FILLER[r.nextInt(FILLER.length)];
            text.append(line);
            boolean last = i == n - 1;
            if (!last || r.nextBoolean()) {
                text.append(mixedEols ? EOLS[r.nextInt(EOLS.length)] : eol);
            }
        }
        int enc = r.nextInt(5);
        Charset cs = switch (enc) {
            case 2, 3 -> StandardCharsets.UTF_16LE;
            case 4 -> StandardCharsets.UTF_16BE;
            default -> StandardCharsets.UTF_8;
        };
        byte[] bom = switch (enc) {
            case 1 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case 2 -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case 4 -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> new byte[0];
        };
        if (enc == 3 && (text.length() == 0 || text.charAt(0) == 0)) {
            text.insert(0, "#\n"); // BOM-less UTF-16LE is recognised by its first ASCII char
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(bom);
        b.writeBytes(text.toString().getBytes(cs));
        return new Case(seed, b.toByteArray(), cs, bom.length);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void roundTripsByteExact(Case c) {
        WslConfigText parsed = WslConfigText.decode(c.bytes());
        assertThat(parsed.encode()).isEqualTo(c.bytes());
        assertThat(parsed.encoding().charset()).isEqualTo(c.charset());
        assertThat(parsed.encoding().bom()).hasSize(c.bomLength());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void disablingThePinChangesOnlyKernelLinesAndKeepsTheEncoding(Case c) {
        WslConfigText before = WslConfigText.decode(c.bytes());
        List<Integer> pinned = new ArrayList<>(before.kernelLines().stream().map(WslConfigText.KernelPin::line).toList());
        before.keyLines("kernelModules").forEach(k -> pinned.add(k.line()));
        WslConfigText after = before.disableKernelPins();

        assertThat(after.pinnedKernel()).isEmpty();
        assertThat(after.keyLines("kernelModules")).isEmpty();
        assertThat(after.lines()).hasSameSizeAs(before.lines());
        for (int i = 0; i < before.lines().size(); i++) {
            WslConfigText.Line was = before.lines().get(i);
            WslConfigText.Line now = after.lines().get(i);
            assertThat(now.eol()).isEqualTo(was.eol());
            if (pinned.contains(i)) {
                assertThat(now.text()).isEqualTo(WslConfigText.MARKER + was.text().strip());
            } else {
                assertThat(now.text()).isEqualTo(was.text());
            }
        }
        WslConfigText reread = WslConfigText.decode(after.encode());
        assertThat(reread.encoding().charset()).isEqualTo(c.charset());
        assertThat(reread.encoding().bom()).hasSize(c.bomLength());
        assertThat(reread.pinnedKernel()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void pointingTheKernelElsewhereIsReadBackAsThatPathAndKeepsOtherLines(Case c) {
        String target = "C:\\Users\\me\\kernels\\bzImage-6.6 \"new\"";
        WslConfigText before = WslConfigText.decode(c.bytes());
        WslConfigText after = WslConfigText.decode(before.pointKernelAt(target).encode());

        assertThat(after.pinnedKernel()).get().extracting(WslConfigText.KernelPin::path).isEqualTo(target);
        assertThat(after.kernelLines()).hasSize(1);
        List<String> untouched = new ArrayList<>();
        List<Integer> pinned = before.kernelLines().stream().map(WslConfigText.KernelPin::line).toList();
        for (int i = 0; i < before.lines().size(); i++) {
            if (!pinned.contains(i)) {
                untouched.add(before.lines().get(i).text());
            }
        }
        if (!untouched.isEmpty()) {
            assertThat(after.lines().stream().map(WslConfigText.Line::text).toList()).containsSubsequence(untouched);
        }
        assertThat(after.encoding().charset()).isEqualTo(c.charset());
    }

    @Test
    void escapedBackslashesAreUnescapedTheWayWslReadsThem() {
        WslConfigText t = WslConfigText.decode("[wsl2]\r\nkernel=C:\\\\k\\\\bzImage\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(t.pinnedKernel()).get().extracting(WslConfigText.KernelPin::path).isEqualTo("C:\\k\\bzImage");
        assertThat(WslConfigText.escape("C:\\k\\bzImage")).isEqualTo("C:\\\\k\\\\bzImage");
    }

    @Test
    void aKernelKeyOutsideWsl2IsNotAPin() {
        String file = "[experimental]\nkernel=C:\\\\x\n[wsl2]\nmemory=4GB\n";
        assertThat(WslConfigText.decode(file.getBytes(StandardCharsets.UTF_8)).pinnedKernel()).isEmpty();
    }

    @Test
    void duplicateKernelKeysTheLastWinsAndAllAreDisabled() {
        String file = "[wsl2]\nkernel=C:\\\\a\nmemory=4GB\nkernel=C:\\\\b\n";
        WslConfigText t = WslConfigText.decode(file.getBytes(StandardCharsets.UTF_8));
        assertThat(t.pinnedKernel()).get().extracting(WslConfigText.KernelPin::path).isEqualTo("C:\\b");
        assertThat(new String(t.disableKernelPins().encode(), StandardCharsets.UTF_8)).isEqualTo(
                "[wsl2]\n# sysbox-doctor: kernel=C:\\\\a\nmemory=4GB\n# sysbox-doctor: kernel=C:\\\\b\n");
    }

    @Test
    void kernelModulesGoesWithTheKernelPin() {
        String file = "[wsl2]\r\nkernel=C:\\\\k\\\\bzImage\r\nkernelModules=C:\\\\k\\\\modules.vhdx\r\nswap=0\r\n";
        WslConfigText t = WslConfigText.decode(file.getBytes(StandardCharsets.UTF_8)).disableKernelPins();
        assertThat(new String(t.encode(), StandardCharsets.UTF_8)).isEqualTo("[wsl2]\r\n# sysbox-doctor: kernel=C:\\\\k\\\\bzImage\r\n"
                + "# sysbox-doctor: kernelModules=C:\\\\k\\\\modules.vhdx\r\nswap=0\r\n");
    }

    @Test
    void noWsl2SectionGetsOneAppendedWithTheFilesLineEnding() {
        String file = "[experimental]\r\nsparseVhd=true";
        WslConfigText t = WslConfigText.decode(file.getBytes(StandardCharsets.UTF_8)).pointKernelAt("C:\\k");
        assertThat(new String(t.encode(), StandardCharsets.UTF_8))
                .isEqualTo("[experimental]\r\nsparseVhd=true\r\n[wsl2]\r\nkernel=C:\\\\k\r\n");
    }

    @Test
    void aFileThatCannotRoundTripIsRefused() {
        byte[] oddUtf16 = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 0x41, 0x00}; // lone surrogate
        assertThatThrownBy(() -> WslConfigText.decode(oddUtf16)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ansiBytesThatAreNotUtf8StillRoundTrip() {
        byte[] latin1 = "# caf\u00e9\n[wsl2]\nkernel=C:\\\\k\n".getBytes(StandardCharsets.ISO_8859_1);
        WslConfigText t = WslConfigText.decode(latin1);
        assertThat(t.encode()).isEqualTo(latin1);
        assertThat(t.pinnedKernel()).isPresent();
    }
}
