package dev.sysboxdoctor.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.Command;
import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.WslReply;
import dev.sysboxdoctor.testbed.Samples;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure readers: the sysbox-mgr journal, wsl --list --verbose, wsl --update outcomes (real samples). */
class ParsersTest {
    @Test
    void theNewestStartBlockOfTheJournal() {
        String journal = String.join("\n",
                "Nov 28 09:00:00 h sysbox-mgr[1]: time=\"2026-11-28T09:00:00Z\" level=info msg=\"Starting ...\"",
                "Nov 28 09:00:00 h sysbox-mgr[1]: time=\"2026-11-28T09:00:00Z\" level=info msg=\"Shiftfs module found in kernel: yes\"",
                "Nov 28 09:00:00 h sysbox-mgr[1]: time=\"2026-11-28T09:00:00Z\" level=info msg=\"Shiftfs works properly: no\"",
                "-- Boot 2a1b --",
                "time=\"2026-11-29T10:00:00Z\" level=info msg=\"Starting sysbox-mgr\"",
                "time=\"2026-11-29T10:00:00Z\" level=info msg=\"Version: 0.6.6\"",
                "time=\"2026-11-29T10:00:00Z\" level=info msg=\"Shiftfs module found in kernel: yes\"",
                "time=\"2026-11-29T10:00:00Z\" level=info msg=\"Overlayfs on ID-mapped mounts supported by kernel: no\"");
        List<MgrJournal.StartBlock> blocks = MgrJournal.blocks(journal);
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).precheckRan()).isTrue();
        assertThat(blocks.get(0).precheckSkipped()).isFalse();
        MgrJournal.StartBlock newest = MgrJournal.newest(journal).orElseThrow();
        assertThat(newest.precheckSkipped()).isTrue();
        assertThat(newest.startLine()).contains("2026-11-29T10:00:00Z");
        assertThat(MgrJournal.newest("-- No entries --")).isEmpty();
    }

    private static WslReply reply(String text, int exit) {
        byte[] utf16 = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        return WslReply.of(new CommandResult(Command.of("wsl.exe", "--update"), exit, utf16, new byte[0], false, false, Duration.ZERO));
    }

    /** The lines a sample shows after the prompt that ran {@code command}, up to the next prompt. */
    private static String after(String sample, String command) {
        List<String> out = new ArrayList<>();
        boolean on = false;
        for (String line : Samples.raw(sample).split("\n")) {
            String t = line.strip();
            if (t.endsWith(command) && (t.startsWith("PS ") || t.contains(">") || t.startsWith("$") || t.startsWith("➜"))) {
                on = true;
                continue;
            }
            if (on && (t.startsWith("PS ") || t.matches("^[A-Za-z]:\\\\.*>.*") || t.startsWith("➜"))) {
                break;
            }
            if (on && !t.isEmpty()) {
                out.add(t);
            }
        }
        return String.join("\n", out) + "\n";
    }

    @Test
    void wslUpdateOutcomesFromRealSamples() {
        WslUpdateOutcome failed = WslUpdateOutcome.of(reply(after("update-failed-en-1.txt", "wsl --update --pre-release"), -1));
        assertThat(failed.ok()).isFalse();
        assertThat(failed.message()).contains("declined", "UAC", "Wsl/UpdatePackage/E_ABORT");

        WslUpdateOutcome current = WslUpdateOutcome.of(reply(after("update-uptodate-en-1.txt", "wsl.exe --update"), 0));
        assertThat(current.ok()).isTrue();
        assertThat(current.alreadyCurrent()).isTrue();
        assertThat(WslUpdateOutcome.of(reply(Samples.body("update-uptodate-en-2.txt"), 0)).alreadyCurrent()).isTrue();
        assertThat(WslUpdateOutcome.of(reply(after("update-uptodate-and-list-verbose-en-1.txt", "wsl --update"), 0)).alreadyCurrent()).isTrue();

        String denied = Samples.body("update-access-denied-utf16-as-bytes-1.txt").replaceAll("(.) ", "$1").replace("  ", " ");
        WslUpdateOutcome access = WslUpdateOutcome.of(reply(denied, -1));
        assertThat(access.ok()).isFalse();
        assertThat(access.message()).contains("Access is denied");

        WslUpdateOutcome started = WslUpdateOutcome.of(reply("Checking for updates.\nUpdating Windows Subsystem for Linux to version: 2.0.14.\n", 0));
        assertThat(started.ok()).isTrue();
        assertThat(started.alreadyCurrent()).isFalse();

        WslUpdateOutcome inbox = WslUpdateOutcome.of(reply("Invalid command line option: --update\n", -1));
        assertThat(inbox.message()).contains("old inbox version");
        WslUpdateOutcome timeout = WslUpdateOutcome.of(WslReply.of(new CommandResult(Command.of("wsl.exe", "--update"), -1,
                new byte[0], new byte[0], true, false, Duration.ofMinutes(20))));
        assertThat(timeout.ok()).isFalse();
        assertThat(timeout.message()).contains("did not finish in time");
    }
}
