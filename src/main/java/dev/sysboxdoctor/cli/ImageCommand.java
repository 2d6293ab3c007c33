package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.ImageEngineException;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.image.ImageTags;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.SaveRequest;
import dev.sysboxdoctor.image.Strategy;
import dev.sysboxdoctor.image.TagCheck;
import dev.sysboxdoctor.image.VerificationResult;
import dev.sysboxdoctor.image.VerifyRequest;
import dev.sysboxdoctor.image.render.VerificationJson;
import dev.sysboxdoctor.image.render.VerificationText;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.report.ReportTexts;
import dev.sysboxdoctor.inspect.InspectionListener;
import dev.sysboxdoctor.inspect.MachineFacts;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "image", mixinStandardHelpOptions = true,
        description = "Saves a container as an image that is verified before your tag points at it.",
        subcommands = {ImageCommand.Save.class, ImageCommand.Commit.class, ImageCommand.ExportImport.class,
                ImageCommand.Snapshot.class, ImageCommand.Verify.class, ImageSaveAllCommand.class, ImageRestoreCommand.class})
final class ImageCommand implements Runnable {
    static final int OK = 0;
    static final int VERIFICATION_FAILED = 1;
    static final int USAGE = 2;
    static final int ENGINE_ERROR = 3;
    static final int CANCELLED = 130;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: save, commit, export-import, snapshot, verify, save-all or restore.");
    }

    abstract static class SaveOptions implements Callable<Integer> {
        final Services services;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CONTAINER", description = "Name or id of the container to save (it is never changed).") String container;
        @Option(names = "--tag", required = true, paramLabel = "REPO:TAG", description = "The image name; it moves only to a verified image.") String tag;
        @Option(names = "--json", description = "Print the result as JSON (schemaVersion 1).") boolean json;
        @Mixin EngineOptions engine;
        @Mixin LanguageOption lang;
        /** The endpoint in use, once resolved. */
        String dockerHost;
        @Option(names = "--force", description = "Replace the tag if it already exists.") boolean force;
        @Option(names = "--full", description = "Hash every file when verifying, not only changed and executable ones.") boolean full;
        @Option(names = "--build-only", hidden = true,
                description = "Benchmarking: build the image under a temporary name and remove it again; no verification, no tag.")
        boolean buildOnly;

        SaveOptions(Services services) {
            this.services = services;
        }

        abstract Strategy strategy();

        ReportTexts words() {
            return ReportTexts.of(lang.effective());
        }

        SaveRequest request(TagCheck tagCheck) {
            return SaveRequest.of(container, tagCheck.reference(), strategy()).withForce(force).withFullVerify(full);
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            TagCheck check = ImageTags.validate(tag);
            if (!check.valid()) {
                err.println(words().get("image.cli.badTag", tag, check.message()));
                return USAGE;
            }
            engine.check(spec);
            return Cancellable.run(err, words(), cancel -> {
                dockerHost = engine.resolve(services, err);
                try (ImageService images = services.images(dockerHost, engine.wslExe)) {
                    if (buildOnly) {
                        long size = images.buildWithoutVerifying(request(check), new ProgressPrinter(err, lang.effective()), cancel);
                        spec.commandLine().getOut().println(words().get("image.cli.builtOnly", size));
                        return OK;
                    }
                    SaveOutcome o = images.save(request(check), new ProgressPrinter(err, lang.effective()), cancel);
                    PrintWriter out = spec.commandLine().getOut();
                    out.print(json ? VerificationJson.save(o) + "\n" : VerificationText.save(o, lang.effective()));
                    out.flush();
                    return switch (o.result()) {
                        case SAVED -> OK;
                        case REFUSED -> VERIFICATION_FAILED;
                        case COULD_NOT_VERIFY -> ENGINE_ERROR;
                    };
                }
            });
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Save with the safest method for this machine, verified; falls back to the next method when verification fails.")
    static final class Save extends SaveOptions {
        @Option(names = "--sysbox-mode", paramLabel = "MODE",
                description = "The Sysbox mode to plan for (IDMAPPED, SHIFTFS, ROOTFS_CLONING, NOT_INSTALLED, UNKNOWN). "
                        + "Default: diagnosed on this machine (as 'diagnose' does); UNKNOWN when that fails.")
        String mode;

        Save(Services services) {
            super(services);
        }

        @Override
        Strategy strategy() {
            return Strategy.AUTO;
        }

        @Override
        SaveRequest request(TagCheck tagCheck) {
            SysboxMode m = mode != null ? DiagnosedMode.parse(spec, mode) : diagnosedMode();
            spec.commandLine().getErr().println(words().get(mode != null ? "image.cli.planGiven" : "image.cli.planDiagnosed", m));
            return super.request(tagCheck).withModeHint(m);
        }

        private SysboxMode diagnosedMode() {
            return DiagnosedMode.of(services, engine.wslExe, dockerHost);
        }
    }

    @Command(name = "commit", mixinStandardHelpOptions = true, description = "docker commit, verified.")
    static final class Commit extends SaveOptions {
        @Option(names = "--no-pause", description = "Do not pause the container while committing.") boolean noPause;
        @Option(names = "--author", paramLabel = "NAME") String author;
        @Option(names = {"--message", "-m"}, paramLabel = "TEXT") String message;

        Commit(Services services) {
            super(services);
        }

        @Override
        Strategy strategy() {
            return Strategy.COMMIT;
        }

        @Override
        SaveRequest request(TagCheck tagCheck) {
            return super.request(tagCheck).withPause(!noPause).withAuthorAndMessage(author, message);
        }
    }

    @Command(name = "export-import", mixinStandardHelpOptions = true, description = "Export the running container and import it with its metadata, verified.")
    static final class ExportImport extends SaveOptions {
        ExportImport(Services services) {
            super(services);
        }

        @Override
        Strategy strategy() {
            return Strategy.EXPORT_IMPORT;
        }
    }

    @Command(name = "snapshot", mixinStandardHelpOptions = true, description = "Snapshot the filesystem from inside the container, verified.")
    static final class Snapshot extends SaveOptions {
        Snapshot(Services services) {
            super(services);
        }

        @Override
        Strategy strategy() {
            return Strategy.SNAPSHOT;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Check an image against a container (or on its own: ELF structure and a trial run).")
    static final class Verify implements Callable<Integer> {
        private final Services services;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "IMAGE") String image;
        @Option(names = "--against", paramLabel = "CONTAINER", description = "The container the image must match.") String against;
        @Option(names = "--json", description = "Print the result as JSON (schemaVersion 1).") boolean json;
        @Option(names = "--full", description = "Hash every file, not only changed and executable ones.") boolean full;
        @Mixin EngineOptions engine;
        @Mixin LanguageOption lang;

        Verify(Services services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            engine.check(spec);
            return Cancellable.run(err, ReportTexts.of(lang.effective()), cancel -> {
                try (ImageService images = services.images(engine.resolve(services, err), engine.wslExe)) {
                    VerificationResult v = images.verify(new VerifyRequest(image, against, full), new ProgressPrinter(err, lang.effective()), cancel);
                    PrintWriter out = spec.commandLine().getOut();
                    out.print(json ? VerificationJson.verification(v) + "\n" : VerificationText.verification(v, lang.effective()));
                    out.flush();
                    return v.passed() ? OK : VERIFICATION_FAILED;
                }
            });
        }
    }

    /** Runs an image operation; Ctrl-C cancels it and waits for its cleanup; engine errors become one line and exit 3 (2 for usage). */
    static final class Cancellable {
        private Cancellable() {}

        static int run(PrintWriter err, ReportTexts words, Function<CancelToken, Integer> work) {
            CancelToken cancel = new CancelToken();
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                cancel.cancel();
                try {
                    finished.await(60, TimeUnit.SECONDS); // let the worker remove what it made
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sysbox-doctor-cancel");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return work.apply(cancel);
            } catch (CancellationException e) {
                err.println(words.get("image.cli.cancelled"));
                return CANCELLED;
            } catch (ImageEngineException e) {
                err.println("sysbox-doctor: " + e.getMessage());
                return e.kind() == ImageEngineException.Kind.BAD_TAG || e.kind() == ImageEngineException.Kind.TAG_EXISTS ? USAGE : ENGINE_ERROR;
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it waits for the latch counted down above
                }
            }
        }
    }
}
