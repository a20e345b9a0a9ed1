package com.shopmate.nlu.entity.trained;

import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySource;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.text.entities.Gazetteer;
import com.shopmate.text.entities.TokenizedText;

import java.util.List;

/**
 * The training data's known phrases (lookup tables, synonyms of their values, annotated values), a gazetteer per
 * entity type: Chinese found inside a sentence without spaces (我要用顺丰速运寄), English only as whole words
 * ("pinkish" is not pink), any case and width. The value is the phrase's (the synonym's for an alias).
 */
final class LookupRecognizer implements EntityRecognizer {

    private final Gazetteer gazetteer;

    LookupRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        TokenizedText tokens = TokenizedText.of(text.text());
        return gazetteer.find(tokens).stream()
                .map(m -> EntitySpan.trained(m.entry().type(), m.entry().value(), tokens.token(m.from()).start(),
                        tokens.token(m.to() - 1).end(), EntitySource.LOOKUP, null))
                .toList();
    }
}
