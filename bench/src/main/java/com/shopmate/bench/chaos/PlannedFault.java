package com.shopmate.bench.chaos;

/** A component to kill, and when: seconds after the load started. */
public record PlannedFault(String component, long atSecond) {
}
