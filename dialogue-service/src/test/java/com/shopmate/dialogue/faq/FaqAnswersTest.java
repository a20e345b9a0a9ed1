package com.shopmate.dialogue.faq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FaqAnswersTest {

    private static final String HOURS = """
            {"id":"H1","question_zh":"人工客服什么时候在线？","question_en":"When are human agents available?",\
            "answer_zh":"每天9点到22点。","answer_en":"Every day from 9:00 to 22:00.","tags":[]}
            {"id":"P1","question_zh":"积分会过期吗？","question_en":"Do points expire?",\
            "answer_zh":"次年年底过期。","answer_en":"At the end of the next year.","tags":[]}
            """;

    @TempDir
    Path dir;

    @Test
    void aReloadServesTheEditedFile() throws IOException {
        Path file = Files.writeString(dir.resolve("faq.jsonl"), HOURS);
        FaqAnswers answers = answersFrom(file);
        assertEquals("Every day from 9:00 to 22:00.", answer(answers, "when can I talk to a human agent?"));

        Files.writeString(file, HOURS.replace("Every day from 9:00 to 22:00.", "Every day from 8:00 to 23:00."));
        answers.reload();

        assertEquals("Every day from 8:00 to 23:00.", answer(answers, "when can I talk to a human agent?"));
    }

    @Test
    void aBrokenEditKeepsTheFaqServedSoFar() throws IOException {
        Path file = Files.writeString(dir.resolve("faq.jsonl"), HOURS);
        FaqAnswers answers = answersFrom(file);

        Files.writeString(file, HOURS.replace("\"answer_en\":\"Every day from 9:00 to 22:00.\",", ""));
        var error = assertThrows(IllegalArgumentException.class, answers::reload);

        assertEquals(file + " line 1: 'answer_en' is missing or blank", error.getMessage());
        assertEquals("Every day from 9:00 to 22:00.", answer(answers, "when can I talk to a human agent?"));
    }

    private static FaqAnswers answersFrom(Path file) {
        return new FaqAnswers(() -> FaqIndex.load(Optional.of(file), Double.parseDouble(
                FaqProducer.DEFAULT_MIN_SIMILARITY)), file.toString());
    }

    private static String answer(FaqAnswers answers, String text) {
        return answers.best(text, "en").orElseThrow().answer();
    }
}
