package com.shopmate.events;

/**
 * Every Kafka topic of the platform, named once. Services reference these through the
 * {@code shopmate.topic.*} config keys that this jar ships in {@code META-INF/microprofile-config.properties}.
 * A breaking change to an event gets a new topic suffix ({@code .v2}), never a reused name.
 */
public final class Topics {
    public static final String UTTERANCES = "conversation.utterance-received.v1";
    public static final String INTENTS = "conversation.intent-classified.v1";
    public static final String SENTIMENTS = "conversation.sentiment-scored.v1";
    public static final String REPLIES = "conversation.reply-composed.v1";
    /** {@link ShopQueryRequested}: questions to the shop's back end (order-connector). */
    public static final String SHOP_QUERIES = "shop.query-requested.v1";
    /** {@link ShopQueryAnswered}: its answers, keyed by the asking conversation like the questions. */
    public static final String SHOP_ANSWERS = "shop.query-answered.v1";
    /** {@link ShopActionRequested}: changes asked of the shop's back end. */
    public static final String SHOP_ACTIONS = "shop.action-requested.v1";
    /** {@link ShopActionCompleted}: what became of them. */
    public static final String SHOP_ACTION_RESULTS = "shop.action-completed.v1";
    /** {@link HandoffRequested}: the bot hands a conversation to people (dialogue → agent console). */
    public static final String HANDOFFS = "conversation.handoff-requested.v1";
    /** {@link HandoffEnded}: people give it back (agent console → dialogue). */
    public static final String HANDOFF_ENDINGS = "conversation.handoff-ended.v1";
    /** {@link RecommendationRequested}: a conversation asks for suggestions (dialogue → recommendation-service). */
    public static final String RECOMMENDATION_REQUESTS = "reco.recommendation-requested.v1";
    /** {@link RecommendationsReady}: the suggestions, keyed by the asking conversation like the requests. */
    public static final String RECOMMENDATIONS = "reco.recommendations-ready.v1";
    /** {@link MarketingPreferenceChanged}: opt-outs and opt-ins, keyed by the customer (or the phone). */
    public static final String MARKETING_PREFERENCES = "reco.marketing-preference-changed.v1";
    /** {@link ReplyDeliveryFailed}: a reply the gateway could not deliver on its channel (gateway → operators). */
    public static final String REPLY_DELIVERY_FAILURES = "conversation.reply-delivery-failed.v1";
    /** Records a consumer could not read or handle, with the reason in the {@code dead-letter-reason} header. */
    public static final String DEAD_LETTERS = "shopmate.dead-letter.v1";
    /** {@link ModelActivated}: which model version each replica of a model service serves; keyed by model kind. */
    public static final String MODEL_ACTIVATIONS = "shopmate.model-activated.v1";

    private Topics() {
    }
}
