package dev.sysboxdoctor.image.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.Difference.Aspect;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;

/** An image tar (as docker export writes one) read by the streaming reader and compared with a container view. */
class TreeDiffTest {
    static String md5(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] tar(boolean keepHardLink, String toolContent, int toolMode) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (TarArchiveOutputStream t = new TarArchiveOutputStream(b, "UTF-8")) {
            t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            t.setAddPaxHeadersForNonAsciiNames(true);
            dir(t, "opt/", 0755);
            file(t, "opt/tool", toolContent, toolMode, 0, 0);
            file(t, "opt/ünï cödé.txt", "hi", 0644, 1234, 2345);
            file(t, "opt/a", "same", 0644, 0, 0);
            if (keepHardLink) {
                TarArchiveEntry l = new TarArchiveEntry("opt/b", TarConstants.LF_LINK);
                l.setLinkName("opt/a");
                t.putArchiveEntry(l);
                t.closeArchiveEntry();
            } else {
                file(t, "opt/b", "same", 0644, 0, 0);
            }
            TarArchiveEntry s = new TarArchiveEntry("opt/link", TarConstants.LF_SYMLINK);
            s.setLinkName("tool");
            t.putArchiveEntry(s);
            t.closeArchiveEntry();
            file(t, "etc/hosts", "", 0644, 0, 0); // Docker's init layer: never compared
        }
        return b.toByteArray();
    }

    static void dir(TarArchiveOutputStream t, String name, int mode) throws Exception {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setMode(040000 | mode);
        t.putArchiveEntry(e);
        t.closeArchiveEntry();
    }

    static void file(TarArchiveOutputStream t, String name, String content, int mode, int uid, int gid) throws Exception {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setMode(0100000 | mode);
        e.setSize(data.length);
        e.setUserId(uid);
        e.setGroupId(gid);
        t.putArchiveEntry(e);
        t.write(data);
        t.closeArchiveEntry();
    }

    static ContainerView container() throws Exception {
        List<FileEntry> e = new ArrayList<>();
        e.add(new FileEntry("/opt", FileType.DIRECTORY, 0755, 0, 0, 0, null, 1, null));
        e.add(new FileEntry("/opt/tool", FileType.FILE, 04755, 0, 0, 4, null, 2, md5("tool")));
        e.add(new FileEntry("/opt/ünï cödé.txt", FileType.FILE, 0644, 1234, 2345, 2, null, 3, md5("hi")));
        e.add(new FileEntry("/opt/a", FileType.FILE, 0644, 0, 0, 4, null, 4, md5("same")));
        e.add(new FileEntry("/opt/b", FileType.FILE, 0644, 0, 0, 4, null, 4, md5("same")));
        e.add(new FileEntry("/opt/link", FileType.SYMLINK, 0777, 0, 0, 0, "tool", 5, null));
        return new ContainerView(e, List.of("/", "/etc/hosts"), Set.of("/opt/tool", "/opt/ünï cödé.txt", "/opt/a", "/opt/b"),
                Set.of(), List.of());
    }

    static List<Difference> diff(byte[] tar) throws Exception {
        ContainerView c = container();
        ImageView v = new ImageTarReader(new Scope(c.mountPoints()), (p, perm) -> c.hashed().contains(p), HashAlgorithm.MD5, CancelToken.none(), n -> { })
                .read(new ByteArrayInputStream(tar));
        return TreeDiff.compare(c, v);
    }

    @Test
    void identicalTreesHaveNoDifferences() throws Exception {
        assertThat(diff(tar(true, "tool", 04755))).isEmpty();
    }

    @Test
    void lostSetuidZeroedContentAndBrokenHardLinkAreNamed() throws Exception {
        List<Difference> d = diff(tar(false, "\0\0\0\0", 0755));
        assertThat(d).extracting(Difference::path, Difference::aspect).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/opt/b", Aspect.HARDLINK),
                org.assertj.core.groups.Tuple.tuple("/opt/tool", Aspect.CONTENT),
                org.assertj.core.groups.Tuple.tuple("/opt/tool", Aspect.MODE),
                org.assertj.core.groups.Tuple.tuple("/opt/tool", Aspect.ELF));
        assertThat(d).filteredOn(x -> x.aspect() == Aspect.MODE).first()
                .satisfies(x -> assertThat(x.expected() + " " + x.found()).isEqualTo("4755 0755"));
    }

    @Test
    void missingAndExtraFilesAreNamed() throws Exception {
        ContainerView c = container();
        List<FileEntry> fewer = new ArrayList<>(c.entries());
        fewer.removeIf(e -> e.path().equals("/opt/link"));
        fewer.add(new FileEntry("/opt/only-here", FileType.FILE, 0644, 0, 0, 0, null, 9, null));
        ContainerView c2 = new ContainerView(fewer, c.mountPoints(), c.hashed(), Set.of(), List.of());
        ImageView v = new ImageTarReader(new Scope(c.mountPoints()), (p, perm) -> c.hashed().contains(p), HashAlgorithm.MD5, CancelToken.none(), n -> { })
                .read(new ByteArrayInputStream(tar(true, "tool", 04755)));
        assertThat(TreeDiff.compare(c2, v)).extracting(Difference::path, Difference::aspect).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/opt/link", Aspect.EXTRA),
                org.assertj.core.groups.Tuple.tuple("/opt/only-here", Aspect.MISSING));
    }

    @Test
    void aFileUnreadableOnOneSideIsCouldNotCheckNotADifference() throws Exception {
        ContainerView c = container();
        List<FileEntry> e = new ArrayList<>(c.entries());
        e.replaceAll(x -> x.path().equals("/opt/tool") ? x.withHash(null) : x);
        Set<String> hashed = new java.util.HashSet<>(c.hashed());
        hashed.remove("/opt/tool");
        ContainerView unreadable = new ContainerView(e, c.mountPoints(), hashed, Set.of("/opt/tool"), List.of());
        ImageView v = new ImageTarReader(new Scope(c.mountPoints()), (p, perm) -> true, HashAlgorithm.MD5, CancelToken.none(), n -> { })
                .read(new ByteArrayInputStream(tar(true, "tool", 04755)));
        TreeDiff.Comparison cmp = TreeDiff.compareAll(unreadable, v);
        assertThat(cmp.differences()).isEmpty();
        assertThat(cmp.unchecked()).extracting(dev.sysboxdoctor.image.Unchecked::path).containsExactly("/opt/tool");
        // Read elsewhere (through the engine), the file is compared again: a real difference still shows.
        ContainerView readLater = unreadable.withHashes(java.util.Map.of("/opt/tool", md5("tool")), "read through the engine");
        assertThat(TreeDiff.compareAll(readLater, v).unchecked()).isEmpty();
        ImageView zeroed = new ImageTarReader(new Scope(c.mountPoints()), (p, perm) -> true, HashAlgorithm.MD5, CancelToken.none(), n -> { })
                .read(new ByteArrayInputStream(tar(true, "\0\0\0\0", 04755)));
        assertThat(TreeDiff.compareAll(readLater, zeroed).differences()).extracting(Difference::aspect).contains(Aspect.CONTENT);
    }

    @Test
    void contentDifferencesNameTheAlgorithmOfTheContainersTool() throws Exception {
        ContainerView c = container();
        List<FileEntry> e = new ArrayList<>(c.entries());
        HashAlgorithm.Hasher h = HashAlgorithm.SHA256.newHasher();
        byte[] tool = "tool".getBytes(StandardCharsets.UTF_8);
        h.update(tool, 0, tool.length);
        String sha = h.finish();
        e.replaceAll(x -> x.path().equals("/opt/tool") ? x.withHash(sha) : x);
        ContainerView sha256 = new ContainerView(e, c.mountPoints(), Set.of("/opt/tool"), Set.of(), List.of(), HashAlgorithm.SHA256);
        ImageView good = new ImageTarReader(new Scope(c.mountPoints()), (p, perm) -> p.equals("/opt/tool"), HashAlgorithm.SHA256,
                CancelToken.none(), n -> { }).read(new ByteArrayInputStream(tar(true, "tool", 04755)));
        assertThat(TreeDiff.compare(sha256, good)).isEmpty();
        ImageView bad = new ImageTarReader(new Scope(c.mountPoints()), (p, perm) -> p.equals("/opt/tool"), HashAlgorithm.SHA256,
                CancelToken.none(), n -> { }).read(new ByteArrayInputStream(tar(true, "\0\0\0\0", 04755)));
        assertThat(TreeDiff.compare(sha256, bad)).filteredOn(d -> d.aspect() == Aspect.CONTENT).first()
                .satisfies(d -> assertThat(d.expected()).isEqualTo("sha256 " + sha));
    }
}
