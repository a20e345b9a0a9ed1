package com.shopmate.shop.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.LocalizedText;
import com.shopmate.events.shop.OrderItem;
import com.shopmate.events.shop.ProductVariant;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopAddress;
import com.shopmate.events.shop.ShopCustomer;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.events.shop.ShopShipment;
import com.shopmate.events.shop.TrackingEvent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The reference back end's rows as the contract's shop records. */
final class ShopRecords {

    private static final TypeReference<List<LocalizedText>> COLORS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    ShopRecords(ObjectMapper json) {
        this.json = json;
    }

    ShopOrder order(OrderRow order, List<OrderItemRow> items, RefundRow cancellationRefund) {
        List<OrderItem> lines = items.stream().sorted(Comparator.comparingInt(i -> i.lineNo))
                .map(i -> new OrderItem(i.sku, new LocalizedText(i.nameZh, i.nameEn), i.qty, i.unitPrice,
                        i.colorZh == null && i.colorEn == null ? null : new LocalizedText(i.colorZh, i.colorEn),
                        i.size))
                .toList();
        LocalizedText dispatchNote = order.dispatchNoteZh == null && order.dispatchNoteEn == null ? null
                : new LocalizedText(order.dispatchNoteZh, order.dispatchNoteEn);
        return new ShopOrder(order.orderId, order.customerId, order.status, lines, order.subtotal, order.discount,
                order.couponCode, order.shippingFee, order.total, order.currency, order.paymentMethod,
                order.placedAt, order.payBy, order.paidAt, order.dispatchDueBy, dispatchNote,
                order.shippedAt, order.deliveredAt, order.cancelledAt, order.cancelReason,
                cancellationRefund == null ? null : cancellationRefund.amount,
                cancellationRefund == null ? null : cancellationRefund.refundedAt,
                read(order.shippingAddressJson, ShopAddress.class));
    }

    ShopCustomer customer(CustomerRow customer) {
        return new ShopCustomer(customer.customerId, customer.name, customer.phone, customer.email,
                customer.preferredLanguage, customer.memberTier, customer.pointsBalance,
                read(customer.addressJson, ShopAddress.class));
    }

    ShopShipment shipment(ShipmentRow shipment, List<TrackingEventRow> events) {
        List<TrackingEvent> scans = events.stream().sorted(Comparator.comparingInt(e -> e.seq))
                .map(e -> new TrackingEvent(e.time, e.code, new LocalizedText(e.locationZh, e.locationEn),
                        new LocalizedText(e.statusZh, e.statusEn), new LocalizedText(e.detailZh, e.detailEn)))
                .toList();
        return new ShopShipment(shipment.orderId, shipment.carrier,
                new LocalizedText(shipment.carrierZh, shipment.carrierEn), shipment.trackingNo, shipment.status,
                shipment.shippedAt, shipment.estimatedDeliveryBy, shipment.deliveredAt, scans);
    }

    ShopProduct product(ProductRow product, List<ProductVariantRow> variants, String currency) {
        List<ProductVariant> sizes = variants.stream().map(v -> new ProductVariant(v.size, v.stock)).toList();
        return new ShopProduct(product.sku, new LocalizedText(product.nameZh, product.nameEn), product.category,
                new LocalizedText(product.categoryZh, product.categoryEn), product.brand, product.model,
                product.price, currency, product.stock, sizes, read(product.colorsJson, COLORS),
                read(product.attributesJson, ATTRIBUTES),
                new LocalizedText(product.descriptionZh, product.descriptionEn), product.returnPolicy,
                product.warrantyMonths, product.rating, product.reviewCount,
                product.tagsJson == null ? List.of() : read(product.tagsJson, COLORS), product.imageUrl);
    }

    ReturnRequest returnRequest(ReturnRow rma) {
        LocalizedText color = rma.exchangeColorZh == null && rma.exchangeColorEn == null ? null
                : new LocalizedText(rma.exchangeColorZh, rma.exchangeColorEn);
        return new ReturnRequest(rma.rmaId, rma.orderId, rma.sku, rma.qty, rma.type, rma.reason, rma.itemCondition,
                rma.status, rma.requestedAt, rma.receivedAt, rma.refundAmount, rma.refundTo, rma.refundedAt,
                rma.exchangeSize, color);
    }

    IssuedCoupon coupon(CouponRow coupon) {
        return new IssuedCoupon(coupon.code, new LocalizedText(coupon.nameZh, coupon.nameEn), coupon.amount,
                coupon.minSpend, coupon.issuedAt, coupon.validUntil, coupon.reason, coupon.orderId);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    <T> T read(String text, Class<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + " JSON in the shop database", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON in the shop database", e);
        }
    }
}
