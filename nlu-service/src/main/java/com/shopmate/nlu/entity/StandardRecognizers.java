package com.shopmate.nlu.entity;

import com.shopmate.nlu.entity.attribute.ColorLexicon;
import com.shopmate.nlu.entity.attribute.ColorRecognizer;
import com.shopmate.nlu.entity.attribute.SizeRecognizer;
import com.shopmate.nlu.entity.catalog.BrandRecognizer;
import com.shopmate.nlu.entity.catalog.CategoryRecognizer;
import com.shopmate.nlu.entity.catalog.ProductCatalog;
import com.shopmate.nlu.entity.catalog.ProductRecognizer;
import com.shopmate.nlu.entity.date.DateRecognizer;
import com.shopmate.nlu.entity.identifier.CarrierTable;
import com.shopmate.nlu.entity.identifier.EmailRecognizer;
import com.shopmate.nlu.entity.identifier.OrderIdRecognizer;
import com.shopmate.nlu.entity.identifier.PhoneRecognizer;
import com.shopmate.nlu.entity.identifier.TrackingNumberRecognizer;
import com.shopmate.nlu.entity.number.MoneyRecognizer;
import com.shopmate.nlu.entity.number.QuantityRecognizer;

import java.util.List;

/** Every recognizer the service runs, built once from the settings, the shipped tables and the catalog. */
final class StandardRecognizers {

    private StandardRecognizers() {
    }

    static List<EntityRecognizer> create(EntitySettings settings, ProductCatalog catalog) {
        ColorLexicon colors = ColorLexicon.fromClasspath();
        return List.of(
                new EmailRecognizer(),
                new PhoneRecognizer(settings.phoneRegion()),
                new TrackingNumberRecognizer(CarrierTable.fromClasspath()),
                new OrderIdRecognizer(settings.orderIdPattern()),
                new DateRecognizer(),
                new MoneyRecognizer(settings.defaultCurrency()),
                new QuantityRecognizer(),
                new SizeRecognizer(),
                new ColorRecognizer(colors),
                new BrandRecognizer(catalog),
                new CategoryRecognizer(catalog, CategoryRecognizer.synonymsFromClasspath()),
                new ProductRecognizer(catalog, colors, settings.productMinSimilarity(),
                        settings.productMaxCandidates()));
    }
}
