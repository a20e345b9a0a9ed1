package com.shopmate.nlu.entity;

import java.util.List;

/** Finds the entities of one kind (or of a family such as product, brand and category) in a text. */
public interface EntityRecognizer {

    /** Every candidate, overlapping or not: {@link EntityExtractor} decides between overlapping ones. */
    List<EntitySpan> recognize(EntityText text);
}
