package com.shopmate.scenarios;

/**
 * When the shop's data is loaded afresh: before {@code EACH} scenario (each starts from the data it was written
 * against, whatever an earlier one changed), {@code ONCE} before the first, or {@code NONE}.
 */
public enum ResetMode {
    EACH, ONCE, NONE
}
