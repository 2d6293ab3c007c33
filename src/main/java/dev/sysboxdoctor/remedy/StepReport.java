package dev.sysboxdoctor.remedy;

/** One step's fate and the output or reason that goes with it. */
public record StepReport(Step step, StepStatus status, String detail) {}
