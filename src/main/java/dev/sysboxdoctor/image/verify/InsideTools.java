package dev.sysboxdoctor.image.verify;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.engine.Exec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The programs a running container holds to read its own files, found once per container: a
 * lister (cat, find and stat, linked under their names or as applets of a {@code busybox}
 * binary) and one hash tool (md5sum, sha256sum, sha1sum or cksum, the same two ways). Each
 * candidate is tried on something every container has, and only a right answer counts.
 *
 * @param lister argv prefix before cat/find/stat: empty, or {@code busybox}
 * @param hasher argv that hashes the files appended to it, e.g. {@code [sha256sum]} or {@code [busybox, md5sum]}
 */
public record InsideTools(List<String> lister, HashAlgorithm algorithm, List<String> hasher) {
    private static final List<List<String>> PREFIXES = List.of(List.of(), List.of("busybox"));
    private static final Pattern STAT_RECORD = Pattern.compile("^[0-9a-f]{1,8} \\d+ \\d+ \\d+ \\d+ \\d+ /", Pattern.MULTILINE);
    /** A /proc/self/mountinfo line: "36 35 98:0 / /mnt rw,noatime master:1 - ext3 /dev/root rw". */
    private static final Pattern MOUNT_RECORD = Pattern.compile("^\\d+ \\d+ \\d+:\\d+ \\S+ /\\S* .* - ", Pattern.MULTILINE);

    public InsideTools {
        lister = List.copyOf(lister);
        hasher = List.copyOf(hasher);
    }

    /** How the report names the hash tool: "sha256sum", "busybox md5sum". */
    public String hashToolName() {
        return String.join(" ", hasher);
    }

    /** The tools, or empty with what is missing (then the container is read through the engine). */
    public static Result detect(Exec exec, String container, CancelToken cancel) {
        List<String> lister = null;
        for (List<String> prefix : PREFIXES) {
            cancel.throwIfCancelled();
            if (listerWorks(exec, container, prefix)) {
                lister = prefix;
                break;
            }
        }
        if (lister == null) {
            return new Result(Optional.empty(), "no working find, stat and cat inside the container");
        }
        for (List<String> prefix : PREFIXES) {
            for (HashAlgorithm a : HashAlgorithm.values()) {
                cancel.throwIfCancelled();
                List<String> argv = new ArrayList<>(prefix);
                argv.add(a.tool());
                if (hashes(exec, container, argv, a)) {
                    return new Result(Optional.of(new InsideTools(lister, a, argv)), null);
                }
            }
        }
        return new Result(Optional.empty(), "no working md5sum, sha256sum, sha1sum or cksum inside the container");
    }

    /** @param why what is missing when {@code tools} is empty */
    public record Result(Optional<InsideTools> tools, String why) {}

    /**
     * cat, find and stat in one exec (each exec costs a round trip through runc before the save can
     * start): find runs cat on the mount table and stat on it; both outputs must look right.
     */
    private static boolean listerWorks(Exec exec, String container, List<String> prefix) {
        List<String> argv = new ArrayList<>(prefix);
        argv.addAll(List.of("find", "/proc/self/mountinfo", "-maxdepth", "0", "-exec"));
        argv.addAll(prefix);
        argv.addAll(List.of("cat", "{}", ";", "-exec"));
        argv.addAll(prefix);
        argv.addAll(List.of("stat", "-c", StatListing.FORMAT, "{}", "+"));
        Exec.Result r = exec.run(container, argv, ContainerViewReader.LISTING_ENV);
        String out = new String(r.stdout(), StandardCharsets.UTF_8);
        return r.exitCode() == 0 && MOUNT_RECORD.matcher(out).find() && STAT_RECORD.matcher(out).find();
    }

    private static boolean hashes(Exec exec, String container, List<String> tool, HashAlgorithm a) {
        List<String> argv = new ArrayList<>(tool);
        argv.add("/dev/null");
        Exec.Result r = exec.run(container, argv);
        return r.exitCode() == 0
                && a.ofNothing().equals(HashListing.parse(new String(r.stdout(), StandardCharsets.UTF_8), List.of("/dev/null"), a).get("/dev/null"));
    }
}
