package com.shopmate.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.LocalizedText;
import com.shopmate.events.shop.OrderItem;
import com.shopmate.events.shop.ProductVariant;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopAddress;
import com.shopmate.events.shop.ShopCustomer;
import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.events.shop.ShopShipment;
import com.shopmate.events.shop.TrackingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract others build against, as the event-schemas jar ships it: each event has a schema and a sample, each
 * sample matches its schema and still deserialises, the samples follow one utterance through the platform (and one
 * shop query and one shop action to their answers) with ids derived as docs/events.md says, and values added later
 * to an open list still match the schemas and decode.
 */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://shopmate.dev/schemas/", "classpath:schemas/")));

    private static final String MODEL_ACTIVATED = "model-activated.v1";

    static Stream<Class<? extends EventPayload>> events() {
        return EventContract.payloadTypes().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void sampleMatchesItsSchema(Class<? extends EventPayload> payloadType) throws IOException {
        Set<ValidationMessage> errors = schema(payloadType).validate(JSON.readTree(EventContract.sample(payloadType)));
        assertTrue(errors.isEmpty(), () -> EventContract.fileName(payloadType) + " breaks its schema: " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void sampleStillDeserialisesAndRoundTrips(Class<? extends EventPayload> payloadType) throws IOException {
        EventEnvelope<?> event = EventCodec.decode(EventContract.sample(payloadType), payloadType);

        assertEquals(payloadType, event.payload().getClass());
        JsonNode reEncoded = JSON.readTree(EventCodec.encode(event));
        assertTrue(schema(payloadType).validate(reEncoded).isEmpty(), "what the codec writes matches the schema");
        assertEquals(event, EventCodec.decode(reEncoded.toString(), payloadType));
    }

    @Test
    void everySchemaAndSampleInTheJarBelongsToAnEvent() throws IOException {
        Set<String> expected = new TreeSet<>();
        expected.add(EventContract.ENVELOPE_SCHEMA);
        expected.add(EventContract.SHOP_RECORDS_SCHEMA);
        events().forEach(type -> expected.addAll(List.of(EventContract.schemaPath(type),
                EventContract.samplePath(type))));
        expected.addAll(List.of("schemas/" + MODEL_ACTIVATED + ".schema.json", "samples/" + MODEL_ACTIVATED + ".json"));

        Set<String> shipped = new TreeSet<>();
        for (String folder : List.of("schemas", "samples")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources", folder))) {
                files.forEach(file -> shipped.add(folder + "/" + file.getFileName()));
            }
        }
        assertEquals(expected, shipped, "one schema and one sample per event and the shared definitions, nothing else");
    }

    @Test
    void samplesFollowOneUtteranceWithIdsDerivedFromTheirCause() {
        var utterance = EventCodec.decode(EventContract.sample(UtteranceReceived.class), UtteranceReceived.class);
        var intent = EventCodec.decode(EventContract.sample(IntentClassified.class), IntentClassified.class);
        var sentiment = EventCodec.decode(EventContract.sample(SentimentScored.class), SentimentScored.class);
        var reply = EventCodec.decode(EventContract.sample(ReplyComposed.class), ReplyComposed.class);

        // The worked example of docs/events.md, "How an eventId is derived".
        assertEquals("e42789ea-e163-3e10-9eb8-2998e32a9ff1", intent.eventId());
        assertEquals(EventEnvelope.derivedEventId(utterance.eventId(), IntentClassified.TYPE), intent.eventId());
        assertEquals(EventEnvelope.derivedEventId(utterance.eventId(), SentimentScored.TYPE), sentiment.eventId());
        assertEquals(EventEnvelope.derivedEventId(intent.eventId(), ReplyComposed.TYPE), reply.eventId(),
                "dialogue derives the reply from the intent it answers");
        for (var event : List.of(intent, sentiment, reply)) {
            assertEquals(utterance.conversationId(), event.conversationId());
            assertEquals(utterance.channel(), event.channel());
            assertEquals(utterance.traceparent(), event.traceparent());
        }
        assertEquals(utterance.eventId(), intent.payload().utteranceId());
        assertEquals(utterance.payload().text(), intent.payload().text());
        assertEquals(utterance.payload().messageId(), reply.payload().messageId());
    }

    @Test
    void shopSamplesFollowOneQueryAndOneActionWithAnswersDerivedFromTheirRequests() {
        var query = EventCodec.decode(EventContract.sample(ShopQueryRequested.class), ShopQueryRequested.class);
        var answer = EventCodec.decode(EventContract.sample(ShopQueryAnswered.class), ShopQueryAnswered.class);
        var action = EventCodec.decode(EventContract.sample(ShopActionRequested.class), ShopActionRequested.class);
        var completion = EventCodec.decode(EventContract.sample(ShopActionCompleted.class),
                ShopActionCompleted.class);

        // The worked example of docs/events.md, "How an eventId is derived".
        assertEquals("142b8552-6afb-3fd7-be7c-fd1884db5d52", answer.eventId());
        assertEquals(EventEnvelope.derivedEventId(query.eventId(), ShopQueryAnswered.TYPE), answer.eventId());
        assertEquals(EventEnvelope.derivedEventId(action.eventId(), ShopActionCompleted.TYPE), completion.eventId());
        for (var pair : List.of(List.of(query, answer), List.of(action, completion), List.of(query, action))) {
            EventEnvelope<?> cause = pair.get(0);
            EventEnvelope<?> next = pair.get(1);
            assertEquals(cause.conversationId(), next.conversationId());
            assertEquals(cause.shopId(), next.shopId());
            assertEquals(cause.channel(), next.channel());
        }
        assertEquals(query.traceparent(), answer.traceparent());
        assertEquals(action.traceparent(), completion.traceparent());

        assertEquals(List.of(query.payload().queryId(), query.payload().kind()),
                List.of(answer.payload().queryId(), answer.payload().kind()), "the answer carries the question back");
        assertEquals(query.payload().orderId(), answer.payload().shipments().get(0).orderId());
        assertEquals(List.of(action.payload().actionId(), action.payload().kind()),
                List.of(completion.payload().actionId(), completion.payload().kind()));
        var order = completion.payload().order();
        assertEquals(List.of(action.payload().orderId(), action.payload().customerId()),
                List.of(order.orderId(), order.customerId()), "the order as it is after the action");
        assertEquals(List.of(action.payload().sku(), action.payload().qty()),
                List.of(completion.payload().returnRequest().sku(), completion.payload().returnRequest().qty()));
    }

    @Test
    void derivedIdIsTheNameBasedUuidOfCauseSlashType() {
        // Version 3 (MD5) and the RFC 4122 variant, as a producer in another language computes it.
        var derived = UUID.fromString(EventEnvelope.derivedEventId("5b0f6a5e-7a43-4c55-9a0e-0d7d1f0c2a11",
                "IntentClassified"));
        assertEquals(3, derived.version());
        assertEquals(2, derived.variant());
        assertNotEquals(EventEnvelope.derivedEventId("a", "IntentClassified"),
                EventEnvelope.derivedEventId("a", "SentimentScored"));
    }

    @Test
    void entityOffsetsInTheSampleCountUtf16CodeUnits() {
        IntentClassified intent = EventCodec.decode(EventContract.sample(IntentClassified.class),
                IntentClassified.class).payload();
        String text = intent.text();
        var orderId = intent.entities().stream().filter(e -> e.type().equals("order_id")).findFirst().orElseThrow();

        assertEquals(orderId.value(), text.substring(orderId.start(), orderId.end()));
        assertNotEquals(orderId.start(), text.codePointCount(0, orderId.start()),
                "an emoji before the order id counts two units, so code points would be off by one");
        for (var entity : intent.entities()) {
            assertTrue(entity.start() < entity.end() && entity.end() <= text.length(), entity::toString);
        }
    }

    @Test
    void valuesAddedLaterToTheOpenListsStillMatchTheSchemasAndDecode() throws IOException {
        ObjectNode intent = (ObjectNode) JSON.readTree(EventContract.sample(IntentClassified.class));
        intent.put("channel", "kiosk");
        ObjectNode payload = (ObjectNode) intent.get("payload");
        payload.put("language", "ja").put("intent", "gift_wrap");
        ObjectNode entity = (ObjectNode) ((ArrayNode) payload.get("entities")).get(0);
        entity.put("type", "gift_message").put("source", "llm");
        ObjectNode sentiment = (ObjectNode) JSON.readTree(EventContract.sample(SentimentScored.class));
        ((ObjectNode) sentiment.get("payload")).put("polarity", "mixed").put("emotion", "curiosity");

        assertEquals(Set.of(), schema(IntentClassified.class).validate(intent));
        assertEquals(Set.of(), schema(SentimentScored.class).validate(sentiment));
        var decodedIntent = EventCodec.decode(intent.toString(), IntentClassified.class);
        var decodedSentiment = EventCodec.decode(sentiment.toString(), SentimentScored.class);

        assertEquals(Channel.of("kiosk"), decodedIntent.channel());
        assertEquals("gift_wrap", decodedIntent.payload().intent());
        assertEquals("llm", decodedIntent.payload().entities().get(0).source());
        assertEquals("curiosity", decodedSentiment.payload().emotion());
        assertEquals("kiosk", JSON.readTree(EventCodec.encode(decodedIntent)).get("channel").asText(),
                "an unknown channel is written back as it was read");
    }

    @Test
    void shopValuesAddedLaterToTheOpenListsStillMatchTheSchemasAndDecode() throws IOException {
        ObjectNode answer = (ObjectNode) JSON.readTree(EventContract.sample(ShopQueryAnswered.class));
        ObjectNode shipment = (ObjectNode) answer.at("/payload/shipments/0");
        ((ObjectNode) answer.get("payload")).put("outcome", "partial");
        shipment.put("carrier", "EMS").put("status", "held_at_customs");
        ((ObjectNode) shipment.at("/events/0")).put("code", "customs_inspection");
        ObjectNode completion = (ObjectNode) JSON.readTree(EventContract.sample(ShopActionCompleted.class));
        ((ObjectNode) completion.get("payload")).put("outcome", "pending_review").put("reason", "fraud_check");
        ((ObjectNode) completion.at("/payload/order")).put("status", "partially_returned")
                .put("paymentMethod", "unionpay");
        ((ObjectNode) completion.at("/payload/returnRequest")).put("status", "inspecting")
                .put("reason", "late_delivery");

        assertEquals(Set.of(), schema(ShopQueryAnswered.class).validate(answer));
        assertEquals(Set.of(), schema(ShopActionCompleted.class).validate(completion));
        var answered = EventCodec.decode(answer.toString(), ShopQueryAnswered.class).payload();
        var completed = EventCodec.decode(completion.toString(), ShopActionCompleted.class).payload();

        assertEquals(List.of("partial", "EMS", "held_at_customs", "customs_inspection"), List.of(answered.outcome(),
                answered.shipments().get(0).carrier(), answered.shipments().get(0).status(),
                answered.shipments().get(0).events().get(0).code()));
        assertEquals(List.of("pending_review", "fraud_check", "partially_returned", "inspecting"), List.of(
                completed.outcome(), completed.reason(), completed.order().status(),
                completed.returnRequest().status()));
    }

    @Test
    void aKindOutsideTheClosedListBreaksTheSchemaYetDecodesSoTheConnectorCanAnswerIt() throws IOException {
        ObjectNode query = (ObjectNode) JSON.readTree(EventContract.sample(ShopQueryRequested.class));
        ((ObjectNode) query.get("payload")).put("kind", "wishlist");
        ObjectNode action = (ObjectNode) JSON.readTree(EventContract.sample(ShopActionRequested.class));
        ((ObjectNode) action.get("payload")).put("kind", "gift_wrap");

        assertFalse(schema(ShopQueryRequested.class).validate(query).isEmpty(), "a query kind is a closed list");
        assertFalse(schema(ShopActionRequested.class).validate(action).isEmpty(), "an action kind is a closed list");
        assertEquals("wishlist", EventCodec.decode(query.toString(), ShopQueryRequested.class).payload().kind());
        assertEquals("gift_wrap", EventCodec.decode(action.toString(), ShopActionRequested.class).payload().kind());
    }

    // The shop records are defined once, as $defs of schemas/shop-records.v1.schema.json.

    private static final Map<String, Class<? extends Record>> SHOP_RECORDS = Map.ofEntries(
            Map.entry("localizedText", LocalizedText.class), Map.entry("address", ShopAddress.class),
            Map.entry("orderItem", OrderItem.class), Map.entry("order", ShopOrder.class),
            Map.entry("trackingEvent", TrackingEvent.class), Map.entry("shipment", ShopShipment.class),
            Map.entry("productVariant", ProductVariant.class), Map.entry("product", ShopProduct.class),
            Map.entry("returnRequest", ReturnRequest.class), Map.entry("coupon", IssuedCoupon.class),
            Map.entry("customer", ShopCustomer.class), Map.entry("interaction", ShopInteraction.class));

    @Test
    void everySchemaNamesExactlyTheFieldsOfItsRecord() throws IOException {
        for (Class<? extends EventPayload> type : EventContract.payloadTypes()) {
            JsonNode payload = JSON.readTree(EventContract.schema(type)).at("/properties/payload/properties");
            assertEquals(componentNames(type), fieldNames(payload), EventContract.fileName(type));
        }
        JsonNode defs = shopRecordDefinitions();
        Set<String> defined = fieldNames(defs);
        assertEquals(union(SHOP_RECORDS.keySet(), Set.of("money", "instant")), defined,
                "a definition per shop record, and money and instant");
        SHOP_RECORDS.forEach((name, type) ->
                assertEquals(componentNames(type), fieldNames(defs.at("/" + name + "/properties")), name));
    }

    @Test
    void aShopRecordRequiresExactlyItsNumbersThatCannotBeAbsent() throws IOException {
        // The codec refuses an int or double that is absent or null (FAIL_ON_NULL_FOR_PRIMITIVES); the rest may be
        // left out. The records check nothing else, so neither does the schema.
        JsonNode defs = shopRecordDefinitions();
        SHOP_RECORDS.forEach((name, type) -> {
            Set<String> required = new TreeSet<>();
            defs.at("/" + name + "/required").forEach(field -> required.add(field.asText()));
            Set<String> primitives = Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getType().isPrimitive())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(primitives, required, name);
        });
    }

    @Test
    void whatTheCodecWritesOfEveryShopRecordMatchesTheSchemas() throws IOException {
        var phone = new ShopProduct("SKU-10004",
                text("曜石 Onyx K4 5G旗舰手机 12GB+256GB", "Obsidra Onyx K4 5G Flagship Phone 12GB+256GB"), "phones",
                text("手机", "Phones"), "Obsidra", "Onyx K4", new BigDecimal("6899"), "CNY", 2, List.of(),
                List.of(text("深空灰", "Space Grey"), text("曜石黑", "Obsidian Black"), text("云雾白", "Mist White")),
                Map.of("storage", "12GB+256GB", "network", "5G", "screen_inch", 6.8, "battery_mah", 5500, "nfc", true),
                text("5G网络，通勤的好选择。", "5G connectivity — a good pick for the daily commute."), "7day_no_reason",
                12, 4.5, 1166);
        var coat = new ShopProduct("SKU-10482", text("初棉 双面羊毛大衣", "Chumian Double-Faced Wool Coat"),
                "womens_clothing", text("女装", "Women's Clothing"), "Chumian", "CH-O7195", new BigDecimal("589"),
                "CNY", 0, List.of(new ProductVariant("M", 0), new ProductVariant("L", 0)), List.of(text("藏青", "Navy")),
                Map.of("material", Map.of("zh", "羊毛", "en", "wool")), null, "7day_no_reason", 0, 4.5, 5887);
        var exchange = new ReturnRequest("RMA202611301234", "SO2026111162651", "SKU-11142", 1, "exchange",
                "size_issue", "unused", "approved", Instant.parse("2026-11-20T02:00:00Z"), null, null, null, null,
                "90", text("黑色", "Black"));
        var coupon = new IssuedCoupon("DELAY10-7Q2M", text("延误补偿10元无门槛券", "10 off, no minimum (delay)"),
                new BigDecimal("10"), BigDecimal.ZERO, Instant.parse("2026-11-30T04:05:00Z"),
                Instant.parse("2026-12-30T04:05:00Z"), "delivery_delay", "SO2026112869646");
        var address = new ShopAddress("周春宇", "13233209954", text("山东省", "Shandong"), text("青岛市", "Qingdao"),
                text("崂山区", null), text("晨光路778号湖畔雅居25栋1单元2101室", null), "266787");
        var seat = new OrderItem("SKU-11115", text("暖芽 360°旋转安全座椅", "Nuanya 360° Rotating Car Seat"), 1,
                new BigDecimal("1999"), text("樱花粉", "Sakura Pink"), null);
        var order = new ShopOrder("SO2026113073145", "C1001", "cancelled", List.of(seat), new BigDecimal("1999"),
                BigDecimal.ZERO, null, BigDecimal.ZERO, new BigDecimal("1999"), "CNY", "wechat_pay",
                Instant.parse("2026-11-29T18:27:12Z"), null, Instant.parse("2026-11-29T18:41:34Z"),
                Instant.parse("2026-12-02T18:41:34Z"), text("等待补货", "Waiting for restock"), null, null,
                Instant.parse("2026-11-30T04:03:00Z"), "customer_request", new BigDecimal("1999"), null, address);

        List<EventEnvelope<?>> events = List.of(
                shopEvent(new ShopQueryAnswered("q1", "product_search", "ok", null, null, List.of(phone, coat), null,
                        null)),
                shopEvent(new ShopQueryAnswered("q2", "refund_status", "ok", List.of(order), null, null,
                        List.of(exchange), null)),
                shopEvent(new ShopQueryAnswered("q3", "eligible_coupons", "ok", null, null, null, null,
                        List.of(coupon))),
                shopEvent(new ShopQueryRequested("q4", null, "product_search", null, null, "Onyx", 5)),
                shopEvent(new ShopActionRequested("a1", "C1001", "change_address", "SO2026113073145", null, null, null,
                        null, null, null, address)),
                shopEvent(new ShopActionCompleted("a2", "cancel_order", "applied", null, null, order, null, null)),
                shopEvent(new ShopActionCompleted("a3", "issue_compensation_coupon", "applied", null, null, null, null,
                        coupon)),
                shopEvent(new ShopActionCompleted("a4", "create_exchange", "refused", "out_of_stock",
                        "SKU-10482 has no L in stock", null, null, null)));

        for (EventEnvelope<?> event : events) {
            JsonNode written = JSON.readTree(EventCodec.encode(event));
            var type = event.payload().getClass();
            assertEquals(Set.of(), schema(type).validate(written), written::toString);
            assertEquals(event, EventCodec.decode(written.toString(), type), "reads back as it was");
        }
    }

    @Test
    void theSchemasExamplesOfChannelAreTheKnownChannels() throws IOException {
        JsonNode channel = JSON.readTree(EventContract.read(EventContract.ENVELOPE_SCHEMA)).at("/properties/channel");
        List<String> examples = Stream.of(JSON.treeToValue(channel.get("examples"), String[].class)).toList();
        assertEquals(Channel.KNOWN.stream().map(Channel::wireName).toList(), examples);
    }

    // ModelActivated is no conversation event: it has no envelope, so the codec reads it on its own.

    @Test
    void modelActivatedSampleMatchesItsSchemaStillDeserialisesAndRoundTrips() throws IOException {
        String sample = EventContract.read("samples/" + MODEL_ACTIVATED + ".json");
        Set<ValidationMessage> errors = modelActivatedSchema().validate(JSON.readTree(sample));
        assertTrue(errors.isEmpty(), () -> MODEL_ACTIVATED + " sample breaks its schema: " + errors);

        ModelActivated event = EventCodec.decodeModelActivated(sample);

        assertEquals("nlu", event.kind());
        JsonNode reEncoded = JSON.readTree(EventCodec.encode(event));
        assertTrue(modelActivatedSchema().validate(reEncoded).isEmpty(), "what the codec writes matches the schema");
        assertEquals(event, EventCodec.decodeModelActivated(reEncoded.toString()));
    }

    @Test
    void modelActivatedWithoutRequesterStillMatchesItsSchema() throws IOException {
        String written = EventCodec.encode(ModelActivated.now("sentiment", "0a1b2c", null));

        assertTrue(modelActivatedSchema().validate(JSON.readTree(written)).isEmpty(), written);
    }

    private static JsonSchema modelActivatedSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return SCHEMAS.getSchema(SchemaLocation.of("https://shopmate.dev/schemas/" + MODEL_ACTIVATED + ".schema.json"),
                config);
    }

    private static JsonSchema schema(Class<? extends EventPayload> payloadType) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return SCHEMAS.getSchema(SchemaLocation.of("https://shopmate.dev/" + EventContract.schemaPath(payloadType)),
                config);
    }

    private static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    private static EventEnvelope<?> shopEvent(EventPayload payload) {
        return EventEnvelope.of(payload, "c2", "demo-shop", Channel.APP, null);
    }

    private static JsonNode shopRecordDefinitions() throws IOException {
        return JSON.readTree(EventContract.read(EventContract.SHOP_RECORDS_SCHEMA)).get("$defs");
    }

    private static Set<String> componentNames(Class<?> recordType) {
        return Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
