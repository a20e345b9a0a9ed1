package com.shopmate.nlu.entity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntitySettingsTest {

    @Test
    void theDefaultsAreWhatApplicationPropertiesShips() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            shipped.load(in);
        }
        String prefix = "shopmate.nlu.entity.";
        EntitySettings d = EntitySettings.DEFAULTS;

        assertEquals(d.orderIdPattern(), shipped.getProperty(prefix + "order-id-pattern"));
        assertEquals(d.phoneRegion(), shipped.getProperty(prefix + "phone-region"));
        assertEquals(d.zone().getId(), shipped.getProperty(prefix + "zone"));
        assertEquals(d.defaultCurrency(), shipped.getProperty(prefix + "default-currency"));
        assertEquals(d.productMinSimilarity(),
                Double.parseDouble(shipped.getProperty(prefix + "product-min-similarity")));
        assertEquals(d.productMaxCandidates(),
                Integer.parseInt(shipped.getProperty(prefix + "product-max-candidates")));
    }

    @Test
    void anUnknownCurrencyOrRegionStopsTheServiceAtStartUp() {
        var d = EntitySettings.DEFAULTS;
        assertThrows(IllegalArgumentException.class, () -> new EntitySettings(d.orderIdPattern(), d.phoneRegion(),
                d.zone(), "RMB", d.productMinSimilarity(), d.productMaxCandidates()));
        assertThrows(IllegalArgumentException.class, () -> new EntitySettings(d.orderIdPattern(), "China",
                d.zone(), d.defaultCurrency(), d.productMinSimilarity(), d.productMaxCandidates()));
    }
}
