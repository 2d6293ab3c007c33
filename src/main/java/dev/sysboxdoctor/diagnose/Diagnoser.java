package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.inspect.MachineFacts;

/** Pure: facts in, diagnosis out. No I/O; the same facts always give the same diagnosis. */
public class Diagnoser {
    public Diagnosis diagnose(MachineFacts facts) {
        return new Diagnosis(HostKind.LINUX, facts.wsl(), facts.wslConfig(), java.util.List.of(), java.util.List.of(),
                facts.inspectedAt(), facts.took(), facts);
    }
}
