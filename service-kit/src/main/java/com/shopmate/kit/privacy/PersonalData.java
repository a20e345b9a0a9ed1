package com.shopmate.kit.privacy;

/**
 * Phone numbers as logs may show them: the last four digits and what comes before the middle four, which are starred
 * ({@code 138****5678}, {@code +86138****5678}), as the shop's privacy policy masks them for shoppers. An SMS
 * conversation's id holds the sender's number, so its logs show it masked too.
 */
public final class PersonalData {

    private static final String SMS_CONVERSATION = "sms:";
    private static final int SHOWN_AT_END = 4;
    private static final int STARRED = 4;

    private PersonalData() {
    }

    /** The number with the four digits before its last four starred. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < SHOWN_AT_END + STARRED) {
            return phone;
        }
        int end = phone.length() - SHOWN_AT_END;
        return phone.substring(0, end - STARRED) + "****" + phone.substring(end);
    }

    /** The conversation id for a log line: an SMS conversation's number masked, any other id as it is. */
    public static String conversationForLogs(String conversationId) {
        if (conversationId == null || !conversationId.startsWith(SMS_CONVERSATION)) {
            return conversationId;
        }
        return SMS_CONVERSATION + maskPhone(conversationId.substring(SMS_CONVERSATION.length()));
    }
}
