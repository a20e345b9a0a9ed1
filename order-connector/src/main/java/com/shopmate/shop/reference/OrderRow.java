package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "orders")
public class OrderRow extends PanacheEntityBase {
    @Id
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "customer_id")
    public String customerId;
    public String status;
    public BigDecimal subtotal;
    public BigDecimal discount;
    @Column(name = "coupon_code")
    public String couponCode;
    @Column(name = "shipping_fee")
    public BigDecimal shippingFee;
    public BigDecimal total;
    public String currency;
    @Column(name = "payment_method")
    public String paymentMethod;
    @Column(name = "placed_at")
    public Instant placedAt;
    @Column(name = "pay_by")
    public Instant payBy;
    @Column(name = "paid_at")
    public Instant paidAt;
    @Column(name = "dispatch_due_by")
    public Instant dispatchDueBy;
    @Column(name = "dispatch_note_zh")
    public String dispatchNoteZh;
    @Column(name = "dispatch_note_en")
    public String dispatchNoteEn;
    @Column(name = "shipped_at")
    public Instant shippedAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "shipping_address_json")
    public String shippingAddressJson;
}
