package com.shopmate.dialogue.faq;

/**
 * The FAQ entry nearest to a shopper's message.
 *
 * @param language the answer's language ({@code zh} or {@code en})
 * @param answer   the entry's answer in that language, word for word from the FAQ file
 * @param score    how far the message is above the FAQ's own baseline: 0 is as close as two different questions
 *                 of the FAQ usually are, 1 is the same sentence (see {@link FaqIndex})
 */
public record FaqMatch(FaqEntry entry, String language, String answer, double score) {
}
