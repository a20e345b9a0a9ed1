package com.shopmate.events;

/**
 * Who is writing, as the channel verified it; carried in the envelope of a shopper's message and of every event it
 * causes. Never taken from the message's text or body: the gateway sets it from a verified credential.
 *
 * @param customerId the shop's customer id, when the shopper is known as a customer
 * @param phone      the sender's number in E.164 ({@code +8613812345678}), for SMS; the shop's customer registered
 *                   with it is looked up by whoever needs the customer
 * @param verifiedBy how: {@code app_token} (a signed token of the shop's app or web login), {@code sms_sender} (the
 *                   SMS channel's sender number), {@code order_code} (a one-time code sent to {@code phone} for
 *                   {@code orderId}), {@code wechat_binding} (a WeChat openid the shop's login bound to the customer);
 *                   an open list
 * @param orderId    for {@code order_code}: the one order the shopper is verified for (whoever answers checks that
 *                   {@code phone} is that order's)
 */
public record ShopperIdentity(String customerId, String phone, String verifiedBy, String orderId) {

    public static final String APP_TOKEN = "app_token";
    public static final String SMS_SENDER = "sms_sender";
    public static final String ORDER_CODE = "order_code";
    public static final String WECHAT_BINDING = "wechat_binding";

    public ShopperIdentity {
        RequiredFields.require(verifiedBy, "identity.verifiedBy");
        if (customerId == null && phone == null) {
            throw new IllegalArgumentException("an identity names a customerId or a phone");
        }
    }

    public static ShopperIdentity customer(String customerId) {
        return new ShopperIdentity(customerId, null, APP_TOKEN, null);
    }

    public static ShopperIdentity smsSender(String phone) {
        return new ShopperIdentity(null, phone, SMS_SENDER, null);
    }

    /** A WeChat shopper whose openid the shop's own login bound to its customer. */
    public static ShopperIdentity wechatBinding(String customerId) {
        return new ShopperIdentity(customerId, null, WECHAT_BINDING, null);
    }

    public static ShopperIdentity orderCode(String phone, String orderId) {
        return new ShopperIdentity(null, phone, ORDER_CODE, orderId);
    }
}
