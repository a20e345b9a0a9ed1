package com.shopmate.events;

/**
 * A shopper opts out of marketing ("不要再推荐了", "stop recommending") or back in. Recorded with the customer (or,
 * for an unregistered SMS sender, the phone number) and honoured on every channel; the same change applied twice is
 * the same state.
 *
 * @param customerId the verified customer, or null
 * @param phone      without a customerId, the SMS sender's number (E.164)
 * @param optedOut   true: no more unasked suggestions or promotions; false: they are welcome again
 * @param text       what the shopper wrote, kept as the consent record
 */
public record MarketingPreferenceChanged(String customerId, String phone, boolean optedOut, String text)
        implements EventPayload {

    public static final String TYPE = "MarketingPreferenceChanged";
    public static final int VERSION = 1;

    public MarketingPreferenceChanged {
        if ((customerId == null || customerId.isBlank()) && (phone == null || phone.isBlank())) {
            throw new IllegalArgumentException("customerId or phone is required");
        }
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
