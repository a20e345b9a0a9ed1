package com.shopmate.nlu.language;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector(0.5);

    @Test
    void chineseUtteranceIsChinese() {
        assertEquals("zh", detector.detect("你好，我的包裹到哪里了？", null));
    }

    @Test
    void englishUtteranceIsEnglish() {
        assertEquals("en", detector.detect("Hi, where is my parcel?", "zh-CN"));
    }

    @Test
    void codeSwitchedUtteranceIsChinese() {
        assertEquals("zh", detector.detect("我的order什么时候到", null));
        assertEquals("zh", detector.detect("我要refund", "en-US"));
    }

    @Test
    void englishWithAChinesePlaceNameIsEnglish() {
        assertEquals("en", detector.detect("Please ship it to my office in 北京 instead", null));
    }

    @Test
    void textWithoutLettersFollowsTheLocaleHint() {
        assertEquals("zh", detector.detect("👍 12345", "zh-CN"));
        assertEquals("en", detector.detect("👍 12345", null));
    }
}
