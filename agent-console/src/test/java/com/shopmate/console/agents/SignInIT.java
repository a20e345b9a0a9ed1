package com.shopmate.console.agents;

import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.shopmate.console.ConsoleTestSupport.ADMIN;
import static com.shopmate.console.ConsoleTestSupport.COOKIE;
import static com.shopmate.console.ConsoleTestSupport.PASSWORD;
import static com.shopmate.console.ConsoleTestSupport.as;
import static com.shopmate.console.ConsoleTestSupport.newAgent;
import static com.shopmate.console.ConsoleTestSupport.signIn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Agents' accounts (made by operators with the admin token) and signing in with the console's form. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class SignInIT {

    @Test
    void aWrongPassword_isRefused_andTheRightOneSignsIn() {
        String username = newAgent("signin", "supervisor", 4);

        var refused = given().contentType("application/x-www-form-urlencoded").formParam("j_username", username)
                .formParam("j_password", "wrong password").post("/j_security_check");
        assertEquals(401, refused.statusCode());
        assertNull(refused.cookie(COOKIE));
        given().contentType("application/x-www-form-urlencoded").formParam("j_username", "nobody-here")
                .formParam("j_password", PASSWORD).post("/j_security_check").then().statusCode(401);

        as(signIn(username)).get("/console/api/me").then().statusCode(200)
                .body("username", equalTo(username))
                .body("displayName", equalTo("signin 测试"))
                .body("roles", equalTo(List.of("supervisor")))
                .body("maxOpenChats", equalTo(4))
                .body("openChats", equalTo(0))
                .body("available", equalTo(true));
    }

    @Test
    void theApiWithoutASession_is401Json_notARedirect() {
        given().get("/console/api/queue").then().statusCode(401);
        given().cookie(COOKIE, "forged").get("/console/api/me").then().statusCode(401);
    }

    @Test
    void theWebApp_isServedWithoutASession() {
        given().get("/console/index.html").then().statusCode(200).body(containsString("login-username"));
    }

    @Test
    void anAgentIsCreatedOnce_withTheAdminTokenOnly() {
        String username = "admin-made-" + System.nanoTime();
        Map<String, Object> body = Map.of("username", username, "displayName", "王伟", "password", "long enough");

        given().header("Authorization", ADMIN).contentType("application/json").body(body)
                .post("/admin/console/agents").then().statusCode(201)
                .body("roles", equalTo(List.of("agent"))).body("maxOpenChats", equalTo(3))
                .body("password", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", ADMIN).contentType("application/json").body(body)
                .post("/admin/console/agents").then().statusCode(409).body("error", equalTo("agent_exists"));
        given().header("Authorization", ADMIN).contentType("application/json")
                .body(Map.of("username", username + "x", "displayName", "王伟", "password", "short"))
                .post("/admin/console/agents").then().statusCode(400).body("error", equalTo("invalid_password"));
        given().header("Authorization", ADMIN).contentType("application/json").body("{not json")
                .post("/admin/console/agents").then().statusCode(400).body("error", equalTo("invalid_body"));
        given().contentType("application/json").body(body).post("/admin/console/agents").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").contentType("application/json").body(body)
                .post("/admin/console/agents").then().statusCode(401);
    }
}
