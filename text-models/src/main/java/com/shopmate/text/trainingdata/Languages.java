package com.shopmate.text.trainingdata;

import com.shopmate.text.script.HanScript;

import java.util.List;

/** The languages training data may be written in, and the rule that tells them apart when a file does not say. */
public final class Languages {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    /** In this order: files are written and examples listed Chinese first, as most shoppers write Chinese. */
    public static final List<String> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return SUPPORTED.contains(language);
    }

    /**
     * Chinese when the text has any Han character, else English. Deliberately cruder than the run-time detector:
     * a training example with one Han character was written by a Chinese shopper ("我的order到了吗", "refund 到账没").
     */
    public static String detect(String text) {
        return HanScript.containsHan(text) ? CHINESE : ENGLISH;
    }

    static String describeSupported() {
        return String.join(", ", SUPPORTED);
    }
}
