package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "coupons_issued")
public class CouponRow extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "order_id")
    public String orderId;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    public BigDecimal amount;
    @Column(name = "min_spend")
    public BigDecimal minSpend;
    public String reason;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "valid_until")
    public Instant validUntil;
    @Column(name = "used_at")
    public Instant usedAt;
}
