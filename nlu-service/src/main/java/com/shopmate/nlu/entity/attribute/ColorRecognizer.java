package com.shopmate.nlu.entity.attribute;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;

import java.util.List;

/** Colours from {@link ColorLexicon}, zh and en with synonyms (黑色, 黑的, black; 藏青, navy); value: its English name. */
public final class ColorRecognizer implements EntityRecognizer {

    private final ColorLexicon colors;

    public ColorRecognizer(ColorLexicon colors) {
        this.colors = colors;
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        return colors.find(text.lower()).stream()
                .map(m -> new EntitySpan(EntityKind.COLOR, m.value().value(), m.start(), m.end()))
                .toList();
    }
}
