package dev.sysboxdoctor.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WslConfigParserTest {
    @Test
    void kernelPinInWsl2SectionWithEscapedBackslashes() {
        var c = WslConfigParser.parse("C:\\Users\\ann\\.wslconfig", "[wsl2]\nmemory=8GB\nkernel=C:\\\\temp\\\\myCustomKernel\n");
        assertThat(c.pinned()).isTrue();
        assertThat(c.kernelPin()).isEqualTo("C:\\temp\\myCustomKernel");
        assertThat(c.kernelPinLine()).isEqualTo("kernel=C:\\\\temp\\\\myCustomKernel");
    }

    @Test
    void commentsOtherSectionsQuotesCaseAndCrlf() {
        assertThat(WslConfigParser.parse("p", "[wsl2]\r\n# kernel=C:\\\\old\r\nmemory=4GB\r\n").pinned()).isFalse();
        assertThat(WslConfigParser.parse("p", "[experimental]\nkernel=C:\\\\k\n").pinned()).isFalse();
        assertThat(WslConfigParser.parse("p", "[WSL2]\nKernel = \"C:\\\\k # not a comment\"  # comment\n").kernelPin())
                .isEqualTo("C:\\k # not a comment");
        assertThat(WslConfigParser.parse("p", "[wsl2]\nkernel=\n").pinned()).isFalse();
        assertThat(WslConfigParser.parse("p", "\uFEFF[wsl2]\nkernel=C:\\\\a\nkernel=C:\\\\b\n").kernelPin()).isEqualTo("C:\\b");
        assertThat(WslConfigParser.parse("p", "garbage \u0000 [[[\n=\n").pinned()).isFalse();
    }

    @Test
    void unreadableMissingAndUtf16Files(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        WslConfigFacts missing = Inspector.readWslConfig(dir.resolve("none"), true);
        assertThat(missing.exists()).isFalse();
        assertThat(missing.gaps()).isEmpty();
        WslConfigFacts unreadable = Inspector.readWslConfig(dir, true);
        assertThat(unreadable.gaps()).singleElement().satisfies(g -> assertThat(g.reason()).startsWith("could not read"));
        java.nio.file.Path notepad = dir.resolve(".wslconfig");
        java.nio.file.Files.write(notepad, "\uFEFF[wsl2]\r\nkernel=C:\\\\k\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(Inspector.readWslConfig(notepad, true).kernelPin()).isEqualTo("C:\\k");
    }
}
