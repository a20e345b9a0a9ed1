package com.shopmate.events.shop;

/**
 * A delivery address. {@code phone} is the shop's own form (11 digits for a mainland number without a country
 * code); the connector never masks it: whoever shows it to a shopper masks it as the shop's privacy policy says.
 */
public record ShopAddress(
        String recipient,
        String phone,
        LocalizedText province,
        LocalizedText city,
        LocalizedText district,
        LocalizedText street,
        String postalCode) {
}
