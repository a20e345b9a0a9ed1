package com.shopmate.recommendation.marketing;

/** Whose consent and cap: a customer, else an SMS sender's number, else nobody the shop can remember. */
public final class Subject {

    private Subject() {
    }

    /** {@code customer:C1001}, {@code phone:+8613800138000}, or null for an anonymous shopper. */
    public static String of(String customerId, String phone) {
        if (customerId != null && !customerId.isBlank()) {
            return "customer:" + customerId;
        }
        if (phone != null && !phone.isBlank()) {
            return "phone:" + phone;
        }
        return null;
    }
}
