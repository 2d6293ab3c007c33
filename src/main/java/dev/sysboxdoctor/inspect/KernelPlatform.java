package dev.sysboxdoctor.inspect;

/** What kind of kernel a target runs, read from /proc/version. */
public enum KernelPlatform {
    WSL1, WSL2, NATIVE, UNKNOWN
}
