package com.shopmate.nlu.language;

import com.shopmate.nlu.text.TextNormalizer;
import com.shopmate.text.script.HanScript;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Chinese or English, decided per utterance from the text itself: the client's locale says what the app is set to,
 * not what the shopper typed.
 *
 * <p>A Han character is counted as one unit and a run of Latin letters (an English word) as one unit, because one
 * character carries about as much as one word; comparing raw letter counts would call "我要refund" English. The text is
 * Chinese when Han characters make up at least {@code chineseShare} of the units, so code-switched "我的order什么时候到"
 * is Chinese.
 */
@Singleton
public class LanguageDetector {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    private final double chineseShare;

    @Inject
    LanguageDetector(LanguageConfig config) {
        this(config.chineseShare());
    }

    public LanguageDetector(double chineseShare) {
        if (chineseShare <= 0 || chineseShare > 1) {
            throw new IllegalArgumentException("chineseShare must be in (0, 1], got " + chineseShare);
        }
        this.chineseShare = chineseShare;
    }

    /** @param localeHint the client's locale such as {@code zh-CN}, used only when the text has no letters at all */
    public String detect(String text, String localeHint) {
        int han = 0;
        int englishWords = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean latin = Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            if (HanScript.isHan(cp)) {
                han++;
            } else if (latin && !inWord) {
                englishWords++;
            }
            inWord = latin;
        }
        if (han + englishWords == 0) {
            return localeHint != null && localeHint.toLowerCase(Locale.ROOT).startsWith(CHINESE) ? CHINESE : ENGLISH;
        }
        return (double) han / (han + englishWords) >= chineseShare ? CHINESE : ENGLISH;
    }
}
