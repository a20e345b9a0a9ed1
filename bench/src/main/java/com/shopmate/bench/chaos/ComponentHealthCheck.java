package com.shopmate.bench.chaos;

/** Whether a component of the stack runs and answers again (for the local stack: {@code ./shopmate status}'s view). */
@FunctionalInterface
public interface ComponentHealthCheck {
    boolean healthy(String component);
}
