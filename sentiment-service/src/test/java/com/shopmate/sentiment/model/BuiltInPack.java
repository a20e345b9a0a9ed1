package com.shopmate.sentiment.model;

import com.shopmate.text.sentiment.SentimentPack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The built-in pack as the service is configured to train it (shopmate.sentiment.built-in-training). */
final class BuiltInPack {

    private BuiltInPack() {
    }

    static List<String> resources() {
        Properties properties = new Properties();
        try (InputStream in = BuiltInPack.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(properties.getProperty("shopmate.sentiment.built-in-training").split(","))
                .map(String::strip).toList();
    }

    static SentimentPack pack() {
        return SentimentPack.fromClasspath(BuiltInPack.class.getClassLoader(), resources());
    }
}
