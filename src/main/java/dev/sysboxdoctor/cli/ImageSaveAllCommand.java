package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.image.ContainerSave;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.image.ImageTags;
import dev.sysboxdoctor.image.SaveAllListener;
import dev.sysboxdoctor.image.SaveAllOutcome;
import dev.sysboxdoctor.image.SaveAllProgress;
import dev.sysboxdoctor.image.SaveAllRequest;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.render.BackupJson;
import dev.sysboxdoctor.image.render.BackupText;
import dev.sysboxdoctor.report.ByteSize;
import dev.sysboxdoctor.report.Language;
import dev.sysboxdoctor.report.ReportTexts;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "save-all", mixinStandardHelpOptions = true,
        description = {"Save every Sysbox container (running or stopped) as a verified image, one after another.",
                "Tags: <prefix><container-name>:<UTC yyyyMMdd-HHmmss>. Exit 0 only when every one is saved and verified; "
                        + "1 when a verification found differences; 3 when one could not be verified or on engine errors; 130 when cancelled (backups already verified are kept)."})
final class ImageSaveAllCommand implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Option(names = "--tag-prefix", paramLabel = "P", description = "Prefix of each backup's repository name (default: ${DEFAULT-VALUE}).")
    String tagPrefix = SaveAllRequest.DEFAULT_PREFIX;
    @Option(names = "--sysbox-mode", paramLabel = "MODE",
            description = "The Sysbox mode to plan for (IDMAPPED, SHIFTFS, ROOTFS_CLONING, NOT_INSTALLED, UNKNOWN). Default: diagnosed.")
    String mode;
    @Option(names = "--json", description = "Print the result as JSON (schemaVersion 1): saved[] and failed[].") boolean json;
    @Mixin EngineOptions engine;
    @Mixin LanguageOption lang;

    ImageSaveAllCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        engine.check(spec);
        SysboxMode given = mode == null ? null : DiagnosedMode.parse(spec, mode);
        String probe = tagPrefix + "x:20260101-000000";
        if (!ImageTags.validate(probe).valid()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Bad --tag-prefix '" + tagPrefix + "': " + ImageTags.validate(probe).message());
        }
        ReportTexts words = ReportTexts.of(lang.effective());
        return ImageCommand.Cancellable.run(err, words, cancel -> {
            String dockerHost = engine.resolve(services, err);
            try (ImageService images = services.images(dockerHost, engine.wslExe)) {
                SaveAllRequest request = new SaveAllRequest(tagPrefix, null, List.of(), Instant.now());
                List<ContainerInfo> targets = images.saveAllTargets(request);
                if (!targets.isEmpty()) {
                    SysboxMode m = given != null ? given : DiagnosedMode.of(services, engine.wslExe, dockerHost);
                    err.println(words.get(mode != null ? "image.cli.planGiven" : "image.cli.planDiagnosed", m));
                    request = new SaveAllRequest(tagPrefix, m, targets.stream().map(ContainerInfo::id).toList(), request.at());
                }
                SaveAllOutcome o = targets.isEmpty() ? new SaveAllOutcome(List.of(), List.of(), false)
                        : images.saveAll(request, new Printer(err, lang.effective()), cancel);
                PrintWriter out = spec.commandLine().getOut();
                out.print(json ? BackupJson.saveAll(o) + "\n" : BackupText.saveAll(o, lang.effective()));
                out.flush();
                if (o.allSaved()) {
                    return ImageCommand.OK;
                }
                if (o.cancelled()) {
                    err.println(words.get("image.cli.saveAllCancelled"));
                    return ImageCommand.CANCELLED;
                }
                boolean verificationFailed = o.failed().stream()
                        .anyMatch(f -> f.outcome() != null && f.outcome().result() == SaveOutcome.Result.REFUSED);
                return verificationFailed ? ImageCommand.VERIFICATION_FAILED : ImageCommand.ENGINE_ERROR;
            }
        });
    }

    /** "[2/5 web] Exporting: 12 MiB ..." lines on stderr, and one line per finished container. */
    private static final class Printer implements SaveAllListener {
        private final PrintWriter err;
        private final ReportTexts words;
        private final ProgressPrinter lines;
        private int index;

        Printer(PrintWriter err, Language language) {
            this.err = err;
            this.words = ReportTexts.of(language);
            this.lines = new ProgressPrinter(err, language);
        }

        @Override
        public void onProgress(SaveAllProgress p) {
            if (p.index() != index) {
                index = p.index();
                err.println(words.get("image.cli.saving", p.headline(), ByteSize.format(p.bytesDone())));
            }
            lines.onProgress(p.step());
        }

        @Override
        public void onContainerDone(int i, int total, ContainerSave r) {
            err.println(r.saved() ? words.get("image.cli.containerSaved", i, total, r.container().name(), r.tag(), r.method().cliName())
                    : words.get("image.cli.containerNotSaved", i, total, r.container().name(), r.reason()));
            err.flush();
        }
    }
}
