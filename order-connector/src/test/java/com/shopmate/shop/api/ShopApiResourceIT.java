package com.shopmate.shop.api;

import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * The shop API's HTTP surface as a shop's own server must match it: the admin token, JSON errors, the
 * Idempotency-Key, absent fields left out. (What it answers is the contract's: ShopBackendContract.)
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class ShopApiResourceIT {

    private static final String TOKEN = "Bearer test-admin-token-shop";

    @Test
    void withoutTheAdminTokenNothingIsAnswered() {
        given().get(ShopApiResource.PATH + "/orders/SO2026112002716")
                .then().statusCode(401).body("error", equalTo("unauthorized"));
    }

    @Test
    void anOrderIsItsRecord_instantsInIso_absentFieldsLeftOut() {
        given().header("Authorization", TOKEN).get(ShopApiResource.PATH + "/orders/SO2026112002716")
                .then().statusCode(200)
                .body("orderId", equalTo("SO2026112002716"))
                .body("shippedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"))
                .body("$", not(hasKey("cancelledAt")));
    }

    @Test
    void noSuchOrder_is404WithAJsonError() {
        given().header("Authorization", TOKEN).get(ShopApiResource.PATH + "/orders/SO2000010100000")
                .then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void aSearchWithoutWords_orALimitOutOfRange_isRefused() {
        given().header("Authorization", TOKEN).queryParam("q", " ").get(ShopApiResource.PATH + "/products")
                .then().statusCode(400).body("error", equalTo("invalid_query"));
        given().header("Authorization", TOKEN).queryParam("limit", 0)
                .get(ShopApiResource.PATH + "/customers/C1114/orders")
                .then().statusCode(400).body("error", equalTo("invalid_limit"));
    }

    @Test
    void anActionWhoseIdempotencyKeyIsNotItsActionId_isRefused_andNotApplied() {
        String body = """
                {"actionId": "api-it-1", "customerId": "C1063", "kind": "cancel_order",
                 "orderId": "SO2026112174957"}""";
        given().header("Authorization", TOKEN).header("Idempotency-Key", "api-it-2")
                .contentType(ContentType.JSON).body(body).post(ShopApiResource.PATH + "/actions")
                .then().statusCode(400).body("error", equalTo("idempotency_key_mismatch"));
    }

    @Test
    void anActionWithoutItsCustomer_isRefusedAsInvalid() {
        String body = """
                {"actionId": "api-it-3", "kind": "cancel_order", "orderId": "SO2026112174957"}""";
        given().header("Authorization", TOKEN).header("Idempotency-Key", "api-it-3")
                .contentType(ContentType.JSON).body(body).post(ShopApiResource.PATH + "/actions")
                .then().statusCode(400).body("error", equalTo("invalid_body"));
    }
}
