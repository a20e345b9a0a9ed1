package com.shopmate.text.features;

/** An inclusive range of n-gram lengths, such as 2-4; {@link #NONE} turns a kind of n-gram off. */
public record NgramRange(int min, int max) {

    public static final NgramRange NONE = new NgramRange(0, 0);

    public NgramRange {
        if (min < 0 || max < min || (min == 0 && max != 0)) {
            throw new IllegalArgumentException("n-gram range must be 1 <= min <= max (or none), got " + min + "-"
                    + max);
        }
    }

    public static NgramRange of(int min, int max) {
        return new NgramRange(min, max);
    }

    /** Reads {@code "2-4"}, {@code "3"} (= 3-3) or {@code "none"}. */
    public static NgramRange parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("none") || t.equals("0")) {
            return NONE;
        }
        int dash = t.indexOf('-');
        try {
            return dash < 0 ? new NgramRange(Integer.parseInt(t), Integer.parseInt(t))
                    : new NgramRange(Integer.parseInt(t.substring(0, dash)), Integer.parseInt(t.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("n-gram range must look like 2-4 or none, got '" + text + "'");
        }
    }

    public boolean isEmpty() {
        return max == 0;
    }

    @Override
    public String toString() {
        return isEmpty() ? "none" : min + "-" + max;
    }
}
