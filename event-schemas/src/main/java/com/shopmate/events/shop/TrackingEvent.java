package com.shopmate.events.shop;

import java.time.Instant;

/**
 * One scan of a parcel.
 *
 * @param code {@code picked_up}, {@code in_transit}, {@code out_for_delivery}, {@code delivered}, {@code delayed},
 *             {@code address_exception} (an open list)
 */
public record TrackingEvent(Instant time, String code, LocalizedText location, LocalizedText status,
                            LocalizedText detail) {
}
