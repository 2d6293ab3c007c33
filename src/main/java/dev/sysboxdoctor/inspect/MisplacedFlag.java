package dev.sysboxdoctor.inspect;

/**
 * A sysbox-mgr flag written into another unit's ExecStart (sysbox.service, sysbox-fs.service),
 * where it has no effect on sysbox-mgr.
 *
 * @param file the unit file it is in
 */
public record MisplacedFlag(String file, String flag) {}
