package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.diagnose.RemedyId;
import static dev.sysboxdoctor.remedy.Plans.ready;
import static dev.sysboxdoctor.remedy.Plans.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every remedy plan built for the GUI in Simplified Chinese: its title, explanation, warnings,
 * step titles and notes, goal, refusals and run messages are Chinese, while commands, paths and
 * diffs stay verbatim.
 */
class ChinesePlansTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** Quoted text (journal lines, error tokens, commands in backticks) is evidence, kept as written. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|`[^`]*`|“[^”]*”");
    /** Four English words in a row: an untranslated sentence. */
    private static final Pattern ENGLISH_RUN = Pattern.compile("\\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){3,}\\b");

    @TempDir Path tmp;

    private FakeWsl wsl;

    static void assertChinese(String what, String text) {
        assertThat(text).as(what).isNotBlank();
        assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .as(what + " has Chinese characters: " + text).isTrue();
        assertThat(ENGLISH_RUN.matcher(QUOTED.matcher(text).replaceAll("")).find())
                .as(what + " has no English sentence left: " + text).isFalse();
    }

    static void assertChinese(RemedyPlan plan) {
        assertChinese("title", plan.title());
        assertChinese("explanation", plan.explanation());
        assertChinese("goal", plan.goal());
        assertThat(plan.warnings()).isNotEmpty();
        plan.warnings().forEach(w -> assertChinese("warning", w));
        for (Step s : plan.steps()) {
            assertChinese("step title", s.title());
            if (!s.note().isEmpty()) {
                assertChinese("step note", s.note());
            }
        }
    }

    private Remedies precheck(FixtureMachine machine) {
        Path root = machine.write();
        FixtureOverrides.docker(root, "web sysbox-runc", "db runc");
        PathFirstRunner runner = new PathFirstRunner(root.resolve("bin"), root.resolve("usr/bin"));
        return new Remedies(RemedyEnvironment.local(runner).at(MachineAddress.THIS_MACHINE.withRoot(root)).withEscalation(Escalation.NONE)).in(ZH);
    }

    private Remedies windows(Path wslConfig) {
        Path distroRoot = FixtureMachine.wsl2Kernel515WithSysbox(tmp.resolve("ubuntu")).write();
        FixtureOverrides.docker(distroRoot, "web sysbox-runc", "db runc");
        wsl = FakeWsl.create(tmp.resolve("wsl"))
                .answer("list-verbose", "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n  Debian    Stopped         2\n")
                .answer("version", FixtureOverrides.VERSION_515)
                .defaultDistro("Ubuntu").distro("Ubuntu", distroRoot)
                .answer("shutdown", "");
        return new Remedies(RemedyEnvironment.local(new PathFirstRunner()).at(MachineAddress.THIS_MACHINE.withWslExe(wsl.exe()).withWslConfig(wslConfig))
                .withEscalation(Escalation.NONE)).in(ZH);
    }

    @Test
    void thePrecheckPlanItsRunAndItsRevertSpeakChinese() {
        Remedies r = precheck(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")));
        RemedyPlan plan = ready(r.plan(RemedyId.PRECHECK_OVERRIDE));
        assertChinese(plan);
        assertThat(plan.title()).isEqualTo("跳过 sysbox-mgr 失败的 shiftfs 预检查");
        assertThat(plan.explanation()).contains("--disable-shiftfs-precheck", "5.15.0-");
        assertThat(plan.steps().get(0).diff()).as("the diff is the file's text, untranslated")
                .contains("+ExecStart=/usr/bin/sysbox-mgr --disable-shiftfs-precheck");
        assertThat(plan.steps().get(1).argv()).containsExactly("systemctl", "daemon-reload");
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("重启 Sysbox", "：web。"));

        List<String> log = new ArrayList<>();
        ApplyResult done = plan.apply(Consent.GRANTED, new PlanListener() {
            @Override
            public void log(String line) {
                log.add(line);
            }
        }, new CancelToken());
        assertThat(done.done()).as(done.message()).isTrue();
        assertThat(done.message()).startsWith("所有步骤均已执行。");
        assertThat(log).contains("$ systemctl restart sysbox");
        Verification v = plan.verify();
        assertThat(v.fixed()).as(v.explanation()).isTrue();
        assertChinese("verification", v.explanation());
        ApplyResult undone = plan.undo(PlanListener.NONE, new CancelToken());
        assertChinese("undo", undone.message());

        ApplyResult again = ready(r.plan(RemedyId.PRECHECK_OVERRIDE)).apply(Consent.GRANTED, PlanListener.NONE, new CancelToken());
        assertThat(again.done()).isTrue();
        RemedyPlan revert = ready(r.plan(RemedyId.PRECHECK_OVERRIDE, RemedyRequest.REVERT));
        assertChinese(revert);
        assertChinese("refusal", refused(r.plan(RemedyId.PRECHECK_OVERRIDE)));
        assertChinese("no consent", revert.apply(Consent.DENIED, PlanListener.NONE, new CancelToken()).message());
    }

    @Test
    void precheckRefusalsSpeakChinese() {
        Remedies notLoaded = precheck(FixtureMachine.at(tmp.resolve("a")).kernel("5.15.0-138-generic").ubuntu("22.04")
                .shiftfs(FixtureMachine.Shiftfs.AVAILABLE).sysbox("0.6.6"));
        String reason = refused(notLoaded.plan(RemedyId.PRECHECK_OVERRIDE));
        assertChinese("not loaded", reason);
        assertThat(reason).contains("sudo modprobe shiftfs", "/proc/modules");
        Remedies newKernel = precheck(FixtureMachine.debian61WithSysbox(tmp.resolve("b")).shiftfs(FixtureMachine.Shiftfs.LOADED));
        assertChinese("new kernel", refused(newKernel.plan(RemedyId.PRECHECK_OVERRIDE)));
        assertChinese("nothing to revert", refused(newKernel.plan(RemedyId.PRECHECK_OVERRIDE, RemedyRequest.REVERT)));
        assertChinese("unknown remedy", refused(newKernel.plan("no-such-remedy")));
        assertChinese("no fix plan", refused(newKernel.plan(RemedyId.SAVE_ALL)));
    }

    @Test
    void withoutAWayToRootTheReasonIsChinese() {
        Escalation none = Escalation.unavailable(Escalation.Unavailable.NO_TOOL);
        RemedyEnvironment real = RemedyEnvironment.local(new PathFirstRunner()).withEscalation(none);
        assertThat(Machine.local(real).privilegeProblem()).contains(none.reason());
        String reason = Machine.local(real.withLocale(ZH)).privilegeProblem().orElseThrow();
        assertChinese("no root", reason);
        assertThat(reason).contains("pkexec", "sudo");
    }

    @Test
    void theWslKernelUpgradeSpeaksChinese() {
        Remedies r = windows(tmp.resolve("home/.wslconfig"));
        RemedyPlan plan = ready(r.planWslKernel(RemedyRequest.DEFAULT));
        assertThat(plan.id()).isEqualTo(RemedyId.WSL_KERNEL_UPGRADE);
        assertChinese(plan);
        assertThat(plan.title()).isEqualTo("将 WSL 内核升级到 5.19 以上");
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("Ubuntu", "web (sysbox-runc)", "db (runc)"));
        assertThat(plan.steps().get(0).argv()).containsExactly(wsl.exe().toString(), "--update");
        assertChinese("cannot undo", refused(r.plan(RemedyId.WSL_KERNEL_UPGRADE, RemedyRequest.REVERT)));
    }

    @Test
    void theWslKernelUnpinAndItsRevertSpeakChinese() throws IOException {
        Path cfg = Files.createDirectories(tmp.resolve("home")).resolve(".wslconfig");
        Files.writeString(cfg, "[wsl2]\nmemory=8GB\nkernel=C:\\\\k\\\\bzImage\nkernelModules=C:\\\\k\\\\modules.vhdx\n");
        Remedies r = windows(cfg);
        RemedyPlan plan = ready(r.planWslKernel(RemedyRequest.DEFAULT));
        assertThat(plan.id()).isEqualTo(RemedyId.WSL_KERNEL_UNPIN);
        assertChinese(plan);
        assertThat(plan.title()).isEqualTo("取消固定自定义 WSL 内核");
        assertThat(plan.steps().get(0).diff()).contains("+# sysbox-doctor: kernel=C:\\\\k\\\\bzImage");
        assertChinese(ready(r.plan(RemedyId.WSL_KERNEL_UNPIN, RemedyRequest.pointKernelAt("C:\\k\\new"))));
        assertChinese("upgrade refused: pinned", refused(r.plan(RemedyId.WSL_KERNEL_UPGRADE)));
        cfg.toFile().setWritable(false);
        assertChinese("read-only", refused(r.plan(RemedyId.WSL_KERNEL_UNPIN)));
        cfg.toFile().setWritable(true);

        assertThat(plan.apply(Consent.GRANTED, PlanListener.NONE, new CancelToken()).done()).isTrue();
        RemedyPlan revert = ready(r.planWslKernel(RemedyRequest.REVERT));
        assertChinese(revert);
    }

    @Test
    void theEnglishDefaultIsTheCliText() {
        Remedies r = precheck(FixtureMachine.ubuntu515ShiftfsPrecheckFails(tmp.resolve("m")));
        RemedyPlan english = ready(new Remedies(r.environment().withLocale(Locale.ROOT)).plan(RemedyId.PRECHECK_OVERRIDE));
        assertThat(english.title()).isEqualTo("Skip the failing shiftfs precheck of sysbox-mgr");
        assertThat(english.steps().get(1).title()).isEqualTo("Reload systemd's unit files");
        RemedyPlan alsoEnglish = ready(new Remedies(r.environment().withLocale(Locale.ENGLISH)).plan(RemedyId.PRECHECK_OVERRIDE));
        assertThat(alsoEnglish.explanation()).isEqualTo(english.explanation());
    }
}
