package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.SysboxMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the machine looked like at one moment, as far as one remedy cares: the WSL kernel, the
 * shiftfs precheck, or the WSL networking mode, plus the full diagnosis when there was one. A part
 * that was not looked at is empty, never a default that reads like an answer.
 */
public record ObservedState(String summary, Optional<KernelObservation> wslKernel, Optional<PrecheckObservation> precheck,
                            Optional<NetworkingObservation> networking, Optional<DiagnosisObservation> diagnosis) {
    public ObservedState {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(wslKernel, "wslKernel");
        Objects.requireNonNull(precheck, "precheck");
        Objects.requireNonNull(networking, "networking");
        Objects.requireNonNull(diagnosis, "diagnosis");
    }

    /** Nothing was observed (the check failed or was cancelled): {@code summary} says why. */
    public static ObservedState nothing(String summary) {
        return new ObservedState(summary, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ObservedState of(String summary, KernelObservation k) {
        return new ObservedState(summary, Optional.of(k), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ObservedState of(String summary, PrecheckObservation p) {
        return new ObservedState(summary, Optional.empty(), Optional.of(p), Optional.empty(), Optional.empty());
    }

    static ObservedState of(String summary, NetworkingObservation n) {
        return new ObservedState(summary, Optional.empty(), Optional.empty(), Optional.of(n), Optional.empty());
    }

    /** This state with the full diagnosis folded in, under a longer summary. */
    ObservedState withDiagnosis(String longerSummary, DiagnosisObservation d) {
        return new ObservedState(longerSummary, wslKernel, precheck, networking, Optional.of(d));
    }

    /** Whether overlayfs works on ID-mapped mounts on the WSL kernel seen; empty when not known. */
    public Optional<Boolean> overlayIdmap() {
        return wslKernel.flatMap(KernelObservation::overlayIdmap);
    }

    /** The kernel .wslconfig pins; empty when none is pinned or the WSL kernel was not looked at. */
    public Optional<String> pinnedKernel() {
        return wslKernel.flatMap(KernelObservation::pinnedKernel);
    }

    /** The mode the full diagnosis found. */
    public Optional<SysboxMode> diagnosedMode() {
        return diagnosis.map(DiagnosisObservation::mode);
    }

    /** The commit risk the full diagnosis found. */
    public Optional<CommitRisk> commitRisk() {
        return diagnosis.map(DiagnosisObservation::commitRisk);
    }

    /**
     * The facts as the wizard's before/after table shows them: name to words, in a fixed order.
     * Every part lists all its names, also when a value is not known.
     */
    public Map<String, String> rows() {
        Map<String, String> out = new LinkedHashMap<>();
        wslKernel.ifPresent(k -> k.addRows(out));
        precheck.ifPresent(p -> p.addRows(out));
        networking.ifPresent(n -> n.addRows(out));
        diagnosis.ifPresent(d -> d.addRows(out));
        return Collections.unmodifiableMap(out);
    }

    /** One row's words, empty when the row is not there. */
    public String fact(String key) {
        return rows().getOrDefault(key, "");
    }
}
