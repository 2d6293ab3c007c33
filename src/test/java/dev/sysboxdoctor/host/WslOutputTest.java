package dev.sysboxdoctor.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.Samples;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** wsl.exe output decoding on the recorded byte-level samples and the encodings of every build. */
class WslOutputTest {
    @Test
    void utf16leWithoutBomAndCrCrLfFromTheHexdumpSample() {
        // help-utf16-hexdump-1: real bytes of inbox wsl.exe --help, recovered from the hexdump lines.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String line : Samples.raw("help-utf16-hexdump-1.txt").split("\n")) {
            if (line.matches("^[0-9a-f]{8}  .*")) {
                for (String hex : line.substring(10, 58).trim().split("\\s+")) {
                    bytes.write(Integer.parseInt(hex, 16));
                }
            }
        }
        assertThat(bytes.size()).isEqualTo(128);
        String text = WslOutput.decode(bytes.toByteArray());
        assertThat(text).startsWith("Copyright (c) Microsoft Corporation. All rights reserved.\n\nU");
        assertThat(text).doesNotContain("\r").doesNotContain("\u0000");
    }

    @Test
    void frenchUsageWithNbspFromTheRawGoDump() {
        String raw = Samples.raw("usage-fr-utf16-raw-1.txt");
        String quoted = raw.substring(raw.indexOf(": \"") + 3).strip(); // the stored excerpt has no closing quote
        byte[] bytes = unescapeGo(quoted);
        assertThat(WslOutput.looksUtf16le(bytes)).isTrue();
        String text = WslOutput.decode(bytes);
        assertThat(text).isEqualTo("\nCopyright (c) Microsoft Corporation. Tous droits réservés.\n\nUtilisation\u00a0: wsl.exe [Argument]\n");
    }

    @Test
    void utf16AsBytesSamplesDecodeOnceTheNulsAreBack() {
        for (String sample : new String[] {"update-access-denied-utf16-as-bytes-1.txt", "update-elevation-utf16-as-bytes-1.txt"}) {
            // The issue shows each UTF-16 NUL as a space: "A c c e s s" -> restore the real bytes.
            String shown = Samples.body(sample).strip();
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < shown.length(); i += 2) {
                plain.append(shown.charAt(i));
            }
            byte[] utf16 = (plain + "\r\n").getBytes(StandardCharsets.UTF_16LE);
            assertThat(WslOutput.decode(utf16)).isEqualTo(plain + "\n");
        }
        assertThat(WslOutput.decode("Access is denied.\r\n".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("Access is denied.\n");
    }

    @Test
    void utf8UnderWslUtf8WithCrlfAndLinuxOutputPassThrough() {
        assertThat(WslOutput.decode(Samples.body("list-running-quiet-en-1.txt").getBytes(StandardCharsets.UTF_8))).isEqualTo("Ubuntu\nMyDistro\n");
        assertThat(WslOutput.decode("Kernel version： 5.15\r\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("Kernel version： 5.15\n");
        assertThat(WslOutput.decode("内核版本： 5.15.133.1-1\r\n".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("内核版本： 5.15.133.1-1\n");
    }

    @Test
    void bomsAreHonouredAndEmptyOrOddInputIsHarmless() {
        byte[] withBom = ("\uFEFFWSL version: 2.0.9.0\r\n").getBytes(StandardCharsets.UTF_16LE);
        assertThat(WslOutput.decode(withBom)).isEqualTo("WSL version: 2.0.9.0\n");
        assertThat(WslOutput.decode(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'o', 'k'})).isEqualTo("ok");
        assertThat(WslOutput.decode(new byte[0])).isEmpty();
        assertThat(WslOutput.decode(null)).isEmpty();
        assertThat(WslOutput.decode(new byte[] {'A', 0, 'B'})).isEqualTo("A");
        assertThat(WslOutput.decode(new byte[] {(byte) 0xff, (byte) 0xfe, 'x'})).isEmpty();
    }

    @Test
    void errorCodesAreFoundWhateverTheLanguage() {
        assertThat(WslOutput.errorCode(Samples.body("error-distro-not-found-en-1.txt")))
                .isEqualTo("Wsl/InstallDistro/Service/RegisterDistro/ReadDistroConfig/WSL_E_DISTRO_NOT_FOUND");
        assertThat(WslOutput.errorCode(Samples.body("error-distro-not-found-en-2.txt"))).isEqualTo("Wsl/Service/WSL_E_DISTRO_NOT_FOUND");
        assertThat(WslOutput.errorCode(Samples.body("error-distro-not-found-en-3.txt"))).isEqualTo("Wsl/Service/WSL_E_DISTRO_NOT_FOUND");
        assertThat(WslOutput.errorCode(Samples.body("error-service-disabled-en-1.txt"))).isEqualTo("Wsl/0x80070422");
        assertThat(WslOutput.errorCode(Samples.body("error-service-missing-en-1.txt"))).isEqualTo("Wsl/ERROR_SERVICE_DOES_NOT_EXIST");
        assertThat(WslOutput.errorCode(Samples.body("no-distros-en-1.txt")))
                .isEqualTo("Wsl/Service/CreateInstance/GetDefaultDistro/WSL_E_DEFAULT_DISTRO_NOT_FOUND");
        assertThat(WslOutput.errorCode(Samples.raw("update-failed-en-1.txt"))).isEqualTo("Wsl/UpdatePackage/E_ABORT");
        assertThat(WslOutput.errorCode("Es gibt keine Distribution mit dem angegebenen Namen.\nFehlercode: Wsl/Service/WSL_E_DISTRO_NOT_FOUND"))
                .isEqualTo("Wsl/Service/WSL_E_DISTRO_NOT_FOUND");
        assertThat(WslOutput.errorCode(Samples.body("no-distros-en-2.txt"))).isNull();
        assertThat(WslOutput.errorCode(Samples.body("status-unsupported-de-1.txt"))).isNull();
    }

    /** Go's %q: \r \n \t \" \\ \xNN and printable characters. */
    private static byte[] unescapeGo(String q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c != '\\') {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                continue;
            }
            char n = q.charAt(++i);
            switch (n) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'x' -> {
                    out.write(Integer.parseInt(q.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> out.write(n);
            }
        }
        return out.toByteArray();
    }
}
