package com.shopmate.gateway.webchat;

import com.shopmate.events.Topics;
import com.shopmate.gateway.sms.RecordingSmsProvider;
import com.shopmate.gateway.sms.SignedSms;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** Bad input gets a 4xx with a JSON {error, message}: never a stack trace, never a published utterance. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(RecordingSmsProvider.class)
class BadInputIT {

    private final String conversation = "bad-" + UUID.randomUUID();

    @Test
    void emptyTextIsRefused() {
        post("{\"text\":\"\"}").statusCode(400).body("error", equalTo("empty_text"));
    }

    @Test
    void textOverTwoThousandCharactersIsRefused() {
        post("{\"text\":\"" + "长".repeat(2001) + "\"}").statusCode(400).body("error", equalTo("text_too_long"));
    }

    @Test
    void malformedJsonIsRefused() {
        post("{\"text\": \"hi\"").statusCode(400).body("error", equalTo("malformed_json"));
    }

    @Test
    void wrongTypesAreRefused() {
        post("{\"text\": 42}").statusCode(400).body("error", equalTo("invalid_type"));
        post("{\"text\": [\"a\"]}").statusCode(400).body("error", equalTo("invalid_type"));
        post("[1,2]").statusCode(400).body("error", equalTo("invalid_type"));
    }

    @Test
    void missingBodyIsRefused() {
        given().contentType("application/json").post("/v1/conversations/{id}/messages", conversation)
                .then().statusCode(400).body("error", equalTo("missing_body"));
    }

    @Test
    void conversationIdsInOddFormatsAreRefused() {
        for (String odd : new String[] {"has space", "%00", "a".repeat(129), "-leading", "雨", "a;b"}) {
            given().contentType("application/json").body("{\"text\":\"hi\"}").urlEncodingEnabled(true)
                    .post("/v1/conversations/{id}/messages", odd)
                    .then().statusCode(400).body("error", equalTo("invalid_conversation_id"));
        }
    }

    @Test
    void bodyOver64KilobytesIsRefusedWithJson() {
        post("{\"text\":\"" + "x".repeat(70_000) + "\"}").statusCode(413).body("error", equalTo("body_too_large"));
    }

    @Test
    void waitOverTenSecondsIsRefused() {
        given().contentType("application/json").body("{\"text\":\"hi\"}")
                .post("/v1/conversations/{id}/messages?wait=60", conversation)
                .then().statusCode(400).body("error", equalTo("invalid_wait"));
    }

    @Test
    void wrongContentTypeIsRefused() {
        given().contentType("text/plain").body("hi").post("/v1/conversations/{id}/messages", conversation)
                .then().statusCode(415).body("error", equalTo("unsupported_media_type"));
    }

    @Test
    void unknownPathIsAJson404() {
        given().get("/v1/nothing-here").then().statusCode(404).body("error", notNullValue());
    }

    @Test
    void smsWithAMalformedPhoneIsRefused() {
        SignedSms.text("12", "hi", "SMbad").then().statusCode(400).body("error", equalTo("invalid_phone"))
                .body("message", not(containsString("Exception")));
    }

    @Test
    void smsConversationIdsAreReservedToTheSmsChannel() {
        post("/v1/conversations/sms:+8613800138000/messages", "{\"text\":\"hi\"}").statusCode(400)
                .body("error", equalTo("reserved_conversation_id"));
    }

    @Test
    void messageIdWithAColonIsRefused() {
        post("{\"messageId\":\"a:b\",\"text\":\"hi\"}").statusCode(400).body("error", equalTo("invalid_message_id"));
    }

    @Test
    void aChannelOtherThanAppOrWebIsRefused() {
        post("{\"text\":\"hi\",\"channel\":\"sms\"}").statusCode(400).body("error", equalTo("invalid_channel"));
    }

    @Test
    void noneOfTheRefusedRequestsReachedKafka() {
        emptyTextIsRefused();
        textOverTwoThousandCharactersIsRefused();
        malformedJsonIsRefused();
        wrongTypesAreRefused();
        missingBodyIsRefused();
        bodyOver64KilobytesIsRefusedWithJson();
        waitOverTenSecondsIsRefused();
        wrongContentTypeIsRefused();
        messageIdWithAColonIsRefused();
        aChannelOtherThanAppOrWebIsRefused();
        try (var kafka = new KafkaTestClient()) {
            kafka.awaitNoRecord(Topics.UTTERANCES, r -> conversation.equals(r.key()), Duration.ofSeconds(2));
        }
    }

    private ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body)
                .post("/v1/conversations/{id}/messages", conversation).then()
                .body("message", notNullValue());
    }

    private static ValidatableResponse post(String path, String body) {
        return given().contentType("application/json").body(body).urlEncodingEnabled(false).post(path).then()
                .body("message", notNullValue());
    }
}
