package dev.sysboxdoctor.inspect;

import dev.sysboxdoctor.inspect.ScriptSections.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Kernel facts from the fact script's sections (proc-version, uname, config-gz, shiftfs-*, systemd). */
public final class KernelParser {
    private KernelParser() {}

    public static KernelFacts parse(Map<String, Section> s) {
        List<Gap> gaps = new ArrayList<>();
        Section pv = s.get("proc-version");
        String procVersion = pv != null && pv.ok() ? firstLine(pv.text()) : null;
        Section un = s.get("uname");
        String release = un != null && un.ok() ? firstLine(un.text()) : null;
        if (release == null && procVersion != null) {
            String[] w = procVersion.split("\\s+");
            release = w.length > 2 && w[0].equals("Linux") ? w[2] : null;
        }
        if (release != null && (release.isBlank() || !release.matches("\\d+\\.\\d+\\S*"))) {
            gaps.add(Gap.of("kernel.release", "the kernel release did not look like one", release));
            release = null;
        }
        if (release == null) {
            gaps.add(new Gap("kernel.release", "could not read the kernel release (uname -r, /proc/version)",
                    evidence(un, pv)));
        }
        KernelVersion version = KernelVersion.parse(release).orElse(null);
        Section interop = s.get("wsl-interop");
        KernelPlatform platform = platform(release, procVersion, interop != null && interop.ok());

        Tri overlayIdmap;
        String basis;
        String overlayConfig = configValue(s.get("config-gz"), "CONFIG_OVERLAY_FS");
        if (platform == KernelPlatform.WSL1) {
            overlayIdmap = Tri.NO;
            basis = "WSL1 has no Linux kernel";
        } else if (version == null) {
            overlayIdmap = Tri.UNKNOWN;
            basis = "kernel version unknown";
        } else if (!version.atLeast(5, 19)) {
            overlayIdmap = Tri.NO;
            basis = "kernel " + version.major() + "." + version.minor() + " < 5.19";
        } else if ("n".equals(overlayConfig)) {
            overlayIdmap = Tri.NO;
            basis = "kernel " + version.major() + "." + version.minor() + " >= 5.19 but /proc/config.gz: CONFIG_OVERLAY_FS is not set";
        } else {
            overlayIdmap = Tri.YES;
            basis = "kernel " + version.major() + "." + version.minor() + " >= 5.19"
                    + (overlayConfig != null ? " and /proc/config.gz: CONFIG_OVERLAY_FS=" + overlayConfig : "");
        }

        ShiftfsState shiftfs;
        String shiftfsEvidence;
        Section mods = s.get("shiftfs-modules");
        Section sysmod = s.get("shiftfs-sysmodule");
        Section file = s.get("shiftfs-file");
        Section probe = s.get("shiftfs-modprobe");
        if (platform == KernelPlatform.WSL1) {
            shiftfs = ShiftfsState.ABSENT;
            shiftfsEvidence = "WSL1";
        } else if (mods != null && mods.ok() && !mods.text().isBlank()) {
            shiftfs = ShiftfsState.LOADED;
            shiftfsEvidence = "/proc/modules: " + firstLine(mods.text());
        } else if (sysmod != null && sysmod.ok()) {
            shiftfs = ShiftfsState.LOADED;
            shiftfsEvidence = "/sys/module/shiftfs exists";
        } else if (file != null && file.ok() && !file.text().isBlank()) {
            shiftfs = ShiftfsState.AVAILABLE;
            shiftfsEvidence = "module file " + firstLine(file.text());
        } else if (probe != null && probe.ok()) {
            shiftfs = ShiftfsState.AVAILABLE;
            shiftfsEvidence = "modprobe -n shiftfs succeeded";
        } else if (mods != null && mods.rc() == 1) {
            shiftfs = ShiftfsState.ABSENT;
            shiftfsEvidence = "not in /proc/modules" + (probe != null && !probe.text().isBlank() ? "; " + firstLine(probe.text()) : "");
        } else if (mods != null && mods.rc() == 2 && mods.text().contains("No such file")) {
            shiftfs = ShiftfsState.ABSENT;
            shiftfsEvidence = "no /proc/modules: the kernel has no loadable modules";
        } else {
            shiftfs = ShiftfsState.UNKNOWN;
            shiftfsEvidence = null;
            gaps.add(new Gap("kernel.shiftfs", "could not read /proc/modules", evidence(mods)));
        }

        Section sd = s.get("systemd");
        Tri systemd = sd == null ? Tri.UNKNOWN
                : firstLine(sd.text()).equals("yes") ? Tri.YES : firstLine(sd.text()).equals("no") ? Tri.NO : Tri.UNKNOWN;
        return new KernelFacts(release, version, platform, procVersion, overlayIdmap, basis, shiftfs, shiftfsEvidence,
                systemd, gaps, osId(s.get("os-release")), usernsClone(s.get("userns-clone")), networkingMode(s.get("wsl-netmode")));
    }

    /** ID= of /etc/os-release ("ubuntu", "debian"), null when unread. */
    static String osId(Section osRelease) {
        if (osRelease == null || !osRelease.ok()) {
            return null;
        }
        for (String l : osRelease.text().split("\n")) {
            if (l.startsWith("ID=")) {
                String v = l.substring(3).strip().replace("\"", "").replace("'", "");
                return v.isEmpty() ? null : v.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** /proc/sys/kernel/unprivileged_userns_clone: 1 YES, 0 NO; absent (only Debian/Ubuntu kernels have it) UNKNOWN. */
    static Tri usernsClone(Section s) {
        if (s == null || !s.ok()) {
            return Tri.UNKNOWN;
        }
        String v = firstLine(s.text()).strip();
        return v.equals("0") ? Tri.NO : v.matches("\\d+") ? Tri.YES : Tri.UNKNOWN;
    }

    /** wslinfo --networking-mode's answer ("nat", "mirrored"...), null when wslinfo is missing or does not know the option. */
    static String networkingMode(Section s) {
        if (s == null || !s.ok()) {
            return null;
        }
        String v = firstLine(s.text()).strip().toLowerCase(Locale.ROOT);
        return v.matches("[a-z]+") ? v : null;
    }

    /** WSL1's release ends in "-Microsoft" (capital M); WSL2 kernels say "microsoft"; else native. */
    public static KernelPlatform platform(String release, String procVersion, boolean wslInterop) {
        if (release == null && procVersion == null) {
            return KernelPlatform.UNKNOWN;
        }
        String r = release == null ? "" : release;
        String p = procVersion == null ? "" : procVersion;
        if (r.endsWith("-Microsoft") || p.contains("-Microsoft ") || p.contains("Microsoft@Microsoft.com")) {
            return KernelPlatform.WSL1;
        }
        if (r.toLowerCase(Locale.ROOT).contains("microsoft") || p.toLowerCase(Locale.ROOT).contains("microsoft")
                || wslInterop) {
            return KernelPlatform.WSL2;
        }
        return KernelPlatform.NATIVE;
    }

    /** The value of a CONFIG_ option in the config-gz section: "y", "m", "n" (is not set), or null. */
    static String configValue(Section cfg, String option) {
        if (cfg == null || !cfg.ok()) {
            return null;
        }
        for (String line : cfg.text().split("\n")) {
            if (line.startsWith(option + "=")) {
                return line.substring(option.length() + 1).strip();
            }
            if (line.startsWith("# " + option + " is not set")) {
                return "n";
            }
        }
        return null;
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                return l.strip();
            }
        }
        return "";
    }

    static List<String> evidence(Section... sections) {
        List<String> e = new ArrayList<>();
        for (Section s : sections) {
            if (s == null) {
                continue;
            }
            String t = s.text().strip();
            e.add(s.name() + " (" + (s.rc() == ScriptSections.TRUNCATED ? "cut off" : "exit " + s.rc()) + ")"
                    + (t.isEmpty() ? "" : ": " + abbreviate(t)));
        }
        return e;
    }

    static String abbreviate(String t) {
        String one = t.replace('\n', ' ');
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }
}
