package dev.sysboxdoctor.remedy;

import java.util.Map;
import java.util.Optional;

/**
 * The WSL kernel as the kernel remedies see it.
 *
 * @param release       the running kernel release ({@code uname -r})
 * @param packageKernel the kernel of the WSL package ({@code wsl --version})
 * @param pinnedKernel  the kernel .wslconfig pins
 * @param wslConfig     where .wslconfig is
 * @param overlayIdmap  whether the kernel is 5.19+ (overlayfs on ID-mapped mounts); empty when its version is not known
 */
public record KernelObservation(Optional<String> release, Optional<String> packageKernel, Optional<String> pinnedKernel,
                                Optional<String> wslConfig, Optional<Boolean> overlayIdmap) {

    void addRows(Map<String, String> out) {
        out.put("kernel", release.orElse(""));
        out.put("wslKernelPackage", packageKernel.orElse(""));
        out.put("pinnedKernel", pinnedKernel.orElse(""));
        out.put("wslconfig", wslConfig.orElse(""));
        // A kernel of unknown version is neither yes nor no (the wizard says "unknown").
        out.put("overlayIdmap", overlayIdmap.map(String::valueOf).orElse("unknown"));
    }
}
