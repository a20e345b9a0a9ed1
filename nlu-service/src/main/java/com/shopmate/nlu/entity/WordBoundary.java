package com.shopmate.nlu.entity;

/**
 * Regular-expression guards for entities written in Latin letters and digits: a Latin letter or digit may not touch
 * them where a word would, a Chinese character may ("订单SO20261201001到了").
 */
public final class WordBoundary {

    /** Not preceded by a Latin letter or digit. */
    public static final String BEFORE = "(?<![A-Za-z0-9])";
    /** Not followed by a Latin letter or digit. */
    public static final String AFTER = "(?![A-Za-z0-9])";

    private WordBoundary() {
    }
}
