package com.shopmate.text.trainingdata;

import java.util.List;

/**
 * What a Rasa import produced, and what it kept without using or left out, for the operator to read.
 *
 * @param notices e.g. "3 regexes kept (order_id, phone, tracking_number): they find entities of those types"
 */
public record RasaImport(TrainingData data, List<String> notices) {

    public RasaImport {
        notices = List.copyOf(notices);
    }
}
