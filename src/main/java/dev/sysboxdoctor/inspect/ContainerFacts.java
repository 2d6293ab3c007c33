package dev.sysboxdoctor.inspect;

/** One container: its runtime ({@code sysbox-runc} for Sysbox containers) and state. */
public record ContainerFacts(String id, String name, String image, String runtime, String state) {
    public boolean sysbox() {
        return "sysbox-runc".equals(runtime);
    }
}
