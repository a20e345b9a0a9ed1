package com.shopmate.events.shop;

import java.time.Instant;
import java.util.List;

/**
 * The parcel of an order that has shipped.
 *
 * @param carrier the carrier's code: {@code SF}, {@code ZTO}, {@code JD}, {@code YTO} (an open list)
 * @param status  {@code in_transit}, {@code out_for_delivery}, {@code delivered}, {@code delayed},
 *                {@code address_exception} (an open list)
 * @param events  the scans, oldest first
 */
public record ShopShipment(
        String orderId,
        String carrier,
        LocalizedText carrierName,
        String trackingNo,
        String status,
        Instant shippedAt,
        Instant estimatedDeliveryBy,
        Instant deliveredAt,
        List<TrackingEvent> events) {

    public ShopShipment {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
