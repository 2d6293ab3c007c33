package dev.sysboxdoctor.remedy;

/** Looks at the machine again (re-diagnosis for one remedy). */
@FunctionalInterface
interface StateProbe {
    ObservedState observe() throws StepFailedException, InterruptedException;
}
