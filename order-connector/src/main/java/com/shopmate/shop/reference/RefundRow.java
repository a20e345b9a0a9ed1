package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** Money going back: for an order cancelled after payment ({@code rmaId} null) or for a return. */
@Entity
@Table(name = "refunds")
public class RefundRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "refund_id")
    public Long refundId;
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "rma_id")
    public String rmaId;
    public BigDecimal amount;
    @Column(name = "refund_to")
    public String refundTo;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "refunded_at")
    public Instant refundedAt;
}
