package com.shopmate.events.shop;

/**
 * A customer's account as the shop keeps it.
 *
 * @param phone             the registered number in the shop's own form (11 digits for a mainland number)
 * @param preferredLanguage {@code zh} or {@code en}
 * @param memberTier        {@code regular}, {@code silver}, {@code gold}, {@code platinum} (an open list)
 * @param address           the default delivery address
 */
public record ShopCustomer(
        String customerId,
        String name,
        String phone,
        String email,
        String preferredLanguage,
        String memberTier,
        int pointsBalance,
        ShopAddress address) {
}
