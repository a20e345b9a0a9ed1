package com.shopmate.dialogue.faq;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.shopmate.text.classifier.Language;

import java.util.List;

/** One question the shop answers the same way for everyone, in both languages, as its FAQ file holds it. */
public record FaqEntry(String id,
                       @JsonProperty("question_zh") String questionZh,
                       @JsonProperty("question_en") String questionEn,
                       @JsonProperty("answer_zh") String answerZh,
                       @JsonProperty("answer_en") String answerEn,
                       List<String> tags) {

    public FaqEntry {
        require("id", id);
        require("question_zh", questionZh);
        require("question_en", questionEn);
        require("answer_zh", answerZh);
        require("answer_en", answerEn);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public String question(Language language) {
        return language == Language.CHINESE ? questionZh : questionEn;
    }

    public String answer(Language language) {
        return language == Language.CHINESE ? answerZh : answerEn;
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is missing or blank");
        }
    }
}
