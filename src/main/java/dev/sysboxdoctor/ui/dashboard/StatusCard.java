package dev.sysboxdoctor.ui.dashboard;

/** One card on the dashboard: what it is about, how it looks, its main value and a detail line. */
public record StatusCard(CardKind kind, CardState state, String value, String detail) {}
