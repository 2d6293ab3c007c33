package dev.sysboxdoctor.inspect;

/** shiftfs as Sysbox sees it: in /proc/modules, loadable with modprobe, or neither. */
public enum ShiftfsState {
    LOADED, AVAILABLE, ABSENT, UNKNOWN
}
