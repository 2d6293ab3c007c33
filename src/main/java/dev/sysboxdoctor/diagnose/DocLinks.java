package dev.sysboxdoctor.diagnose;

/** Where a reader can check what a finding says. */
final class DocLinks {
    static final String ISSUE_868 = "https://github.com/nestybox/sysbox/issues/868";
    static final String ISSUE_711 = "https://github.com/nestybox/sysbox/issues/711";
    static final String ISSUE_769 = "https://github.com/nestybox/sysbox/issues/769";
    static final String ISSUE_570 = "https://github.com/nestybox/sysbox/issues/570";
    static final String ISSUE_922 = "https://github.com/nestybox/sysbox/issues/922";
    static final String ISSUE_596 = "https://github.com/nestybox/sysbox/issues/596";
    static final String DISTRO_COMPAT = "https://github.com/nestybox/sysbox/blob/master/docs/distro-compat.md";
    static final String CONFIGURATION = "https://github.com/nestybox/sysbox/blob/master/docs/user-guide/configuration.md";
    static final String WSL_KERNEL_NOTES = "https://learn.microsoft.com/windows/wsl/kernel-release-notes";
    static final String WSL_CONFIG = "https://learn.microsoft.com/windows/wsl/wsl-config";
    static final String WSL_SYSTEMD = "https://learn.microsoft.com/windows/wsl/systemd";
    static final String ISSUE_870 = "https://github.com/nestybox/sysbox/issues/870";
    static final String ISSUE_796 = "https://github.com/nestybox/sysbox/issues/796";
    static final String ISSUE_576 = "https://github.com/nestybox/sysbox/issues/576";
    static final String ISSUE_713 = "https://github.com/nestybox/sysbox/issues/713";
    static final String ISSUE_448 = "https://github.com/nestybox/sysbox/issues/448";
    static final String ISSUE_1005 = "https://github.com/nestybox/sysbox/issues/1005";
    static final String ISSUE_972 = "https://github.com/nestybox/sysbox/issues/972";
    static final String ISSUE_634 = "https://github.com/nestybox/sysbox/issues/634";
    static final String ISSUE_675 = "https://github.com/nestybox/sysbox/issues/675";
    static final String ISSUE_772 = "https://github.com/nestybox/sysbox/issues/772";
    static final String WSL_9548 = "https://github.com/microsoft/WSL/issues/9548";
    static final String SYSBOX_RELEASES = "https://github.com/nestybox/sysbox/releases";
    static final String TROUBLESHOOTING = "https://github.com/nestybox/sysbox/blob/master/docs/user-guide/troubleshoot.md";
    static final String SYSBOX_DOCKER_DESKTOP = "https://github.com/nestybox/sysbox/issues/804";

    private DocLinks() {}
}
