package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A return or an exchange of one item (an RMA). */
@Entity
@Table(name = "returns")
public class ReturnRow extends PanacheEntityBase {
    @Id
    @Column(name = "rma_id")
    public String rmaId;
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "customer_id")
    public String customerId;
    public String sku;
    public int qty;
    public String type;
    public String reason;
    @Column(name = "item_condition")
    public String itemCondition;
    public String status;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "sent_back_at")
    public Instant sentBackAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "return_carrier")
    public String returnCarrier;
    @Column(name = "return_tracking_no")
    public String returnTrackingNo;
    @Column(name = "return_shipping_paid_by")
    public String returnShippingPaidBy;
    @Column(name = "refund_amount")
    public BigDecimal refundAmount;
    @Column(name = "refund_to")
    public String refundTo;
    @Column(name = "refunded_at")
    public Instant refundedAt;
    @Column(name = "exchange_size")
    public String exchangeSize;
    @Column(name = "exchange_color_zh")
    public String exchangeColorZh;
    @Column(name = "exchange_color_en")
    public String exchangeColorEn;
}
