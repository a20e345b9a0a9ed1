package com.shopmate.events;

/** The body of an event; the envelope's {@code type} and {@code schemaVersion} come from here. */
public sealed interface EventPayload
        permits UtteranceReceived, IntentClassified, SentimentScored, ReplyComposed, ShopQueryRequested,
        ShopQueryAnswered, ShopActionRequested, ShopActionCompleted, HandoffRequested, HandoffEnded,
        RecommendationRequested, RecommendationsReady, MarketingPreferenceChanged, ReplyDeliveryFailed {

    String eventType();

    int schemaVersion();
}
