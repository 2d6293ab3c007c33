package dev.sysboxdoctor.inspect;

/**
 * A systemd unit's state as {@code systemctl show} reports it.
 *
 * @param activeState {@code active}, {@code failed}, {@code inactive}, {@code activating}... (null: not asked)
 * @param result      why it last stopped: {@code success}, {@code timeout}, {@code exit-code}... (null: unknown)
 */
public record UnitState(String activeState, String subState, String result) {
    public static final UnitState UNKNOWN = new UnitState(null, null, null);

    public boolean known() {
        return activeState != null && !activeState.isBlank();
    }

    public boolean failed() {
        return "failed".equals(activeState);
    }

    public boolean active() {
        return "active".equals(activeState) || "reloading".equals(activeState);
    }

    /** "ActiveState=failed, Result=timeout": the exact systemctl words, for evidence. */
    public String describe() {
        StringBuilder b = new StringBuilder("ActiveState=").append(activeState);
        if (subState != null && !subState.isBlank()) {
            b.append(", SubState=").append(subState);
        }
        if (result != null && !result.isBlank()) {
            b.append(", Result=").append(result);
        }
        return b.toString();
    }
}
