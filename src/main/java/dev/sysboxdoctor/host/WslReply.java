package dev.sysboxdoctor.host;

/**
 * A wsl.exe call's result with its output decoded ({@link WslOutput}). wsl.exe prints its own
 * errors on stdout and exits -1 (4294967295; 255 on Linux), so both streams are kept.
 */
public record WslReply(CommandResult result, String stdout, String stderr) {
    public static WslReply of(CommandResult r) {
        return new WslReply(r, WslOutput.decode(r.stdout()), WslOutput.decode(r.stderr()));
    }

    public boolean ok() {
        return result.ok();
    }

    public boolean timedOut() {
        return result.timedOut();
    }

    public int exitCode() {
        return result.exitCode();
    }

    /** The WSL error code token in the output ({@code Wsl/Service/WSL_E_DISTRO_NOT_FOUND}), or null. */
    public String errorCode() {
        String code = WslOutput.errorCode(stdout);
        return code != null ? code : WslOutput.errorCode(stderr);
    }

    /** stdout then stderr, for evidence. */
    public String allText() {
        return stderr.isBlank() ? stdout : stdout + (stdout.endsWith("\n") || stdout.isEmpty() ? "" : "\n") + stderr;
    }
}
