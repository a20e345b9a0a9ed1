package com.shopmate.text.features;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import com.shopmate.text.script.HanScript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits normalised text into words: runs of letters and digits, and Chinese runs segmented by HanLP's
 * dictionary segmenter (Chinese has no spaces, so "我的订单到哪了" is one run until segmented).
 */
final class WordTokenizer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private WordTokenizer() {
    }

    static List<String> words(String normalised) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(normalised);
        while (m.find()) {
            String run = m.group();
            if (HanScript.containsHan(run)) {
                for (Term term : HanLP.segment(run)) {
                    String word = term.word.trim();
                    if (!word.isEmpty()) {
                        out.add(word);
                    }
                }
            } else {
                out.add(run);
            }
        }
        return out;
    }

}
