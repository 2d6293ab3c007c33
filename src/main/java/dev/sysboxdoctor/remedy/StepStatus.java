package dev.sysboxdoctor.remedy;

/** What became of one step. */
public enum StepStatus { DONE, FAILED, NOT_RUN, ROLLED_BACK, ROLLBACK_FAILED }
