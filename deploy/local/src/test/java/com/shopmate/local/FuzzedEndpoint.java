package com.shopmate.local;

import java.util.List;

/**
 * One HTTP endpoint of the platform as the fuzz test calls it: which service, the method and a concrete path, the
 * body it takes (a well-formed example the bad inputs are made from; null: none) and the credentials it wants.
 * {@code harmfulWhenAllowed}: a request that got through would do real work (reset the shop, train a model), so the
 * test calls it only without credentials.
 */
record FuzzedEndpoint(String module, String method, String path, String mediaType, String example, Credentials credentials,
                      boolean harmfulWhenAllowed) {

    enum Credentials { NONE, CUSTOMER, ADMIN, AGENT }

    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String XML = "text/xml";

    private static final String GATEWAY = PlatformServices.GATEWAY;
    private static final String CONVERSATION = "/v1/conversations/fuzz-conversation-1";

    /** Found by grepping @Path, @Route and @WebSocket in every module; keep it in step when an endpoint is added. */
    static List<FuzzedEndpoint> all() {
        return List.of(
                // Gateway: the shop's app and the web widget
                of(GATEWAY, "POST", CONVERSATION + "/messages", JSON,
                        "{\"text\":\"hello\",\"messageId\":\"m-1\",\"locale\":\"en\",\"channel\":\"app\"}", Credentials.CUSTOMER),
                of(GATEWAY, "GET", CONVERSATION + "/messages", null, null, Credentials.CUSTOMER),
                of(GATEWAY, "GET", CONVERSATION + "/stream", null, null, Credentials.CUSTOMER),
                of(GATEWAY, "POST", CONVERSATION + "/order-verification", JSON,
                        "{\"orderId\":\"O-1\",\"phone\":\"+8613800138000\",\"locale\":\"zh\"}", Credentials.NONE),
                of(GATEWAY, "POST", CONVERSATION + "/order-verification/confirm", JSON, "{\"code\":\"123456\"}",
                        Credentials.NONE),
                of(GATEWAY, "GET", "/widget/", null, null, Credentials.NONE),
                // Gateway: SMS provider webhooks (unsigned here: refused after the body is read) and its sandbox
                of(GATEWAY, "POST", "/v1/sms/webhook", FORM,
                        "From=%2B8613800138000&To=%2B15005550006&Body=hi&MessageSid=SM1", Credentials.NONE),
                of(GATEWAY, "POST", "/v1/sms/status", FORM, "MessageSid=SM1&MessageStatus=failed", Credentials.NONE),
                of(GATEWAY, "POST", "/v1/sms/sandbox/2010-04-01/Accounts/ACsandbox/Messages.json", FORM,
                        "To=%2B8613800138000&From=%2B15005550006&Body=hi", Credentials.NONE),
                of(GATEWAY, "GET", "/v1/sms/sandbox/outbox?to=%2B8613800138000", null, null, Credentials.NONE),
                of(GATEWAY, "POST", "/v1/sms/sandbox/failures", FORM, "to=%2B8613800000000&count=1", Credentials.NONE),
                // Gateway: WeChat's push (XML, signature in the query) and bindings
                of(GATEWAY, "GET", "/v1/wechat/push?signature=x&timestamp=1&nonce=2&echostr=3", null, null,
                        Credentials.NONE),
                of(GATEWAY, "POST", "/v1/wechat/push?signature=x&timestamp=1&nonce=2", XML,
                        "<xml><ToUserName>shop</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime>"
                                + "<MsgType>text</MsgType><Content>hi</Content><MsgId>1</MsgId></xml>", Credentials.NONE),
                of(GATEWAY, "POST", "/v1/wechat/bindings", JSON, "{}", Credentials.CUSTOMER),
                of(GATEWAY, "DELETE", "/v1/wechat/bindings/o-fuzz-1", null, null, Credentials.CUSTOMER),
                of(GATEWAY, "GET", "/v1/wechat/sandbox/cgi-bin/token?grant_type=client_credential", null, null,
                        Credentials.NONE),
                of(GATEWAY, "POST", "/v1/wechat/sandbox/cgi-bin/message/custom/send?access_token=x", JSON,
                        "{\"touser\":\"o1\",\"msgtype\":\"text\",\"text\":{\"content\":\"hi\"}}", Credentials.NONE),
                of(GATEWAY, "GET", "/v1/wechat/sandbox/outbox", null, null, Credentials.NONE),
                // Agent console
                of("agent-console", "POST", "/j_security_check", FORM, "j_username=nobody&j_password=wrong",
                        Credentials.NONE),
                of("agent-console", "GET", "/console/api/me", null, null, Credentials.AGENT),
                of("agent-console", "PUT", "/console/api/me/availability", JSON,
                        "{\"available\":false,\"maxOpenChats\":2}", Credentials.AGENT),
                of("agent-console", "GET", "/console/api/queue", null, null, Credentials.AGENT),
                of("agent-console", "GET", "/console/api/tickets", null, null, Credentials.AGENT),
                of("agent-console", "POST", "/console/api/tickets/999999/done", null, null, Credentials.AGENT),
                of("agent-console", "GET", "/console/api/conversations/mine", null, null, Credentials.AGENT),
                of("agent-console", "GET", "/console/api/conversations/fuzz-none", null, null, Credentials.AGENT),
                of("agent-console", "POST", "/console/api/conversations/fuzz-none/claim", null, null, Credentials.AGENT),
                of("agent-console", "POST", "/console/api/conversations/fuzz-none/messages", JSON,
                        "{\"text\":\"hello\"}", Credentials.AGENT),
                of("agent-console", "POST", "/console/api/conversations/fuzz-none/notes", JSON, "{\"text\":\"note\"}",
                        Credentials.AGENT),
                of("agent-console", "POST", "/console/api/conversations/fuzz-none/transfer", JSON,
                        "{\"to\":\"nobody\"}", Credentials.AGENT),
                of("agent-console", "POST", "/console/api/conversations/fuzz-none/handback", null, null,
                        Credentials.AGENT),
                of("agent-console", "GET", "/console/api/canned-replies?language=en", null, null, Credentials.AGENT),
                of("agent-console", "POST", "/admin/console/agents", JSON,
                        "{\"username\":\"\",\"displayName\":\"x\",\"password\":\"\",\"roles\":[\"agent\"],"
                                + "\"maxOpenChats\":3}", Credentials.ADMIN),
                // Model admin of every model service, and the other services' admin endpoints
                of("nlu-service", "GET", "/admin/nlu/model", null, null, Credentials.ADMIN),
                of("nlu-service", "POST", "/admin/nlu/model/activate", JSON, "{\"version\":\"no-such-version\"}",
                        Credentials.ADMIN),
                harmful("nlu-service", "POST", "/admin/nlu/model/reload"),
                of("sentiment-service", "GET", "/admin/sentiment/model", null, null, Credentials.ADMIN),
                of("sentiment-service", "POST", "/admin/sentiment/model/activate", JSON,
                        "{\"version\":\"no-such-version\"}", Credentials.ADMIN),
                harmful("sentiment-service", "POST", "/admin/sentiment/model/reload"),
                of("recommendation-service", "GET", "/admin/reco/model", null, null, Credentials.ADMIN),
                of("recommendation-service", "POST", "/admin/reco/model/activate", JSON,
                        "{\"version\":\"no-such-version\"}", Credentials.ADMIN),
                harmful("recommendation-service", "POST", "/admin/reco/model/train"),
                harmful("dialogue-service", "POST", "/admin/dialogue/reload"),
                of("dialogue-service", "POST", "/admin/dialogue/conversations/fuzz-none/forget", null, null,
                        Credentials.ADMIN),
                of("dialogue-service", "GET", "/admin/nlu/model", null, null, Credentials.ADMIN),
                harmful("order-connector", "POST", "/admin/shop/reset"),
                // order-connector's shop API
                of("order-connector", "GET", "/admin/shop-api/v1/customers/C1001", null, null, Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/customers?phone=%2B8613800138000", null, null,
                        Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/orders/O-none", null, null, Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/customers/C1001/orders?limit=3", null, null,
                        Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/orders/O-none/shipment", null, null,
                        Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/products/SKU-none", null, null, Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/products?query=x", null, null, Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/catalog", null, null, Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/interactions?since=x", null, null, Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/orders/O-none/returns", null, null,
                        Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/customers/C1001/returns", null, null,
                        Credentials.ADMIN),
                of("order-connector", "GET", "/admin/shop-api/v1/customers/C1001/coupons", null, null,
                        Credentials.ADMIN),
                // A request that is accepted never does anything: its type is none the back end knows.
                of("order-connector", "POST", "/admin/shop-api/v1/actions", JSON,
                        "{\"actionId\":\"a-1\",\"type\":\"FuzzNothing\",\"customerId\":\"C-none\"}", Credentials.ADMIN));
    }

    private static FuzzedEndpoint of(String module, String method, String path, String mediaType, String example,
                                     Credentials credentials) {
        return new FuzzedEndpoint(module, method, path, mediaType, example, credentials, false);
    }

    private static FuzzedEndpoint harmful(String module, String method, String path) {
        return new FuzzedEndpoint(module, method, path, null, null, Credentials.ADMIN, true);
    }

    boolean isWebSocket() {
        return path.endsWith("/stream");
    }

    /** The path without its query. */
    String route() {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
