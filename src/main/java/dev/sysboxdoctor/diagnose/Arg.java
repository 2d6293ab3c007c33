package dev.sysboxdoctor.diagnose;

import java.util.List;
import java.util.Locale;

/**
 * The named, typed values a finding's words are made of. The catalogue writes each as
 * {@code {placeholder}} (e.g. {@code {kernel}}); the renderer formats it by its type: text as is,
 * a list joined, a {@link SysboxMode} or {@link ModeBasis} in the reader's language. A value may be
 * null where a fact is unknown; the renderer then says "unknown".
 */
public enum Arg {
    /** A kernel release or version, e.g. {@code 5.15.167.4-microsoft-standard-WSL2} or {@code 5.15}. */
    KERNEL(String.class),
    /** The path a {@code .wslconfig kernel=} line pins. */
    KERNEL_PIN(String.class),
    /** One sysbox-mgr flag, e.g. {@code --disable-idmapped-mount}. */
    FLAG(String.class),
    /** A Sysbox version. */
    SYSBOX_VERSION(String.class),
    /** A WSL distro's name as a command wants it ({@code wsl --set-version NAME 2}). */
    DISTRO(String.class),
    /** Names of distros. */
    DISTROS(List.class),
    /** Names of containers. */
    CONTAINERS(List.class),
    /** Docker's runtimes. */
    RUNTIMES(List.class),
    /** How many of something (picks singular or plural: {@code {count|one|many}}). */
    COUNT(Integer.class),
    /** A Sysbox mode (the chosen or journal one). */
    MODE(SysboxMode.class),
    /** The mode the kernel and flags predict. */
    PREDICTED_MODE(SysboxMode.class),
    /** How a mode was decided. */
    BASIS(ModeBasis.class),
    /** How the predicted mode was decided. */
    PREDICTED_BASIS(ModeBasis.class),
    /** A file, e.g. the unit file a flag is written in. */
    FILE(String.class),
    /** Docker's storage driver. */
    DRIVER(String.class),
    /** The oldest kernel sysbox-runc accepts here, e.g. {@code 5.5}. */
    MIN_KERNEL(String.class),
    /** The newest Sysbox release, named in upgrade advice. */
    LATEST_SYSBOX(String.class),
    /** When Sysbox last stopped, as a UTC time. */
    STOPPED_AT(String.class),
    /** Containers whose changes are already gone. */
    LOST(List.class),
    /** How many containers {@link #LOST} names. */
    LOST_COUNT(Integer.class),
    /** What could not be learned (a gap's subject, e.g. {@code sysbox.journal}). */
    SUBJECT(String.class),
    /** Why, in the words of the command or file that failed (shown verbatim like evidence). */
    REASON(String.class);

    private final Class<?> type;

    Arg(Class<?> type) {
        this.type = type;
    }

    public Class<?> type() {
        return type;
    }

    /** The name a catalogue text uses between braces: KERNEL_PIN is {@code kernelPin}. */
    public String placeholder() {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
