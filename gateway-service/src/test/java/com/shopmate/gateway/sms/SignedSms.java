package com.shopmate.gateway.sms;

import com.shopmate.scenarios.SmsWebhookSigner;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Posts to the SMS webhooks as the provider does: signed with the auth token the gateway under test was given. */
public final class SignedSms {

    public static final String SHOP_NUMBER = "+15005550006";

    private SignedSms() {
    }

    /** An inbound SMS {@code body} from {@code phone}, with the given MessageSid. */
    public static Response text(String phone, String body, String messageSid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("From", phone);
        form.put("To", SHOP_NUMBER);
        form.put("Body", body);
        form.put("MessageSid", messageSid);
        form.put("AccountSid", "ACtest");
        return post("/v1/sms/webhook", form);
    }

    public static Response text(String phone, String body) {
        return text(phone, body, newSid());
    }

    public static Response post(String path, Map<String, String> form) {
        // UTF-8 as the provider sends it (RestAssured's own default is ISO-8859-1, which would garble 中文).
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header(SmsWebhookSignature.HEADER, signature(path, form)).formParams(form).post(path);
    }

    /** The signature the provider would put on a POST of {@code form} to this gateway's {@code path}. */
    public static String signature(String path, Map<String, String> form) {
        String token = ConfigProvider.getConfig().getValue("shopmate.sms.provider.auth-token", String.class);
        return new SmsWebhookSigner(token).sign(RestAssured.baseURI + ":" + RestAssured.port + path, form);
    }

    public static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }
}
