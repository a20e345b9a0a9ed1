package com.shopmate.text.trainingdata;

/**
 * One thing wrong with training data, located so that an operator can go and fix it.
 *
 * @param source the file (or resource) name
 * @param line   1-based line in it, 0 when the problem has no single line
 * @param intent the intent concerned, or null
 */
public record TrainingDataProblem(String source, int line, String intent, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? source + ":" + line : source;
        return intent == null ? where + ": " + message : where + ": intent '" + intent + "': " + message;
    }
}
