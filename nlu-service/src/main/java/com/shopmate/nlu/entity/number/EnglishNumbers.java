package com.shopmate.nlu.entity.number;

import java.util.Locale;
import java.util.Map;

/** Small numbers spelled out in English: one to ninety-nine, "a"/"an" (one), "a dozen", "a couple". */
public final class EnglishNumbers {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("dozen", 12), Map.entry("a dozen", 12), Map.entry("a couple", 2),
            Map.entry("a couple of", 2), Map.entry("couple of", 2));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final String UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEEN_WORDS =
            "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TEN_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** A spelled-out number as a whole word (match case-insensitively), "a dozen" and "a couple" included. */
    public static final String NUMBER_WORDS = "\\b(?:(?:" + TEN_WORDS + ")(?:[- ](?:" + UNIT_WORDS + "))?|"
            + TEEN_WORDS + "|" + UNIT_WORDS + "|a dozen|dozen|a couple(?: of)?|couple of)\\b";
    /** {@link #NUMBER_WORDS} or the article "a"/"an" for one: for where a unit follows ("a week", "a dollar"). */
    public static final String WORDS = "(?:" + NUMBER_WORDS + "|\\ban?\\b)";

    private EnglishNumbers() {
    }

    /** The value of words matched by {@link #WORDS}, or -1. */
    public static int parse(String words) {
        String w = words.toLowerCase(Locale.ROOT).strip().replaceAll("[- ]+", " ");
        Integer unit = UNITS.get(w);
        if (unit != null) {
            return unit;
        }
        String[] parts = w.split(" ");
        Integer tens = TENS.get(parts[0]);
        if (tens == null) {
            return -1;
        }
        if (parts.length == 1) {
            return tens;
        }
        Integer ones = UNITS.get(parts[1]);
        return parts.length == 2 && ones != null && ones < 10 && !parts[1].startsWith("a") ? tens + ones : -1;
    }
}
