package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "shipments")
public class ShipmentRow extends PanacheEntityBase {
    @Id
    @Column(name = "order_id")
    public String orderId;
    public String carrier;
    @Column(name = "carrier_zh")
    public String carrierZh;
    @Column(name = "carrier_en")
    public String carrierEn;
    @Column(name = "tracking_no")
    public String trackingNo;
    public String status;
    @Column(name = "shipped_at")
    public Instant shippedAt;
    @Column(name = "estimated_delivery_by")
    public Instant estimatedDeliveryBy;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
