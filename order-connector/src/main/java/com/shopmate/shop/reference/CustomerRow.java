package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "customers")
public class CustomerRow extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public String customerId;
    public String name;
    public String phone;
    public String email;
    @Column(name = "preferred_language")
    public String preferredLanguage;
    @Column(name = "member_tier")
    public String memberTier;
    @Column(name = "points_balance")
    public int pointsBalance;
    @Column(name = "address_json")
    public String addressJson;
    @Column(name = "registered_at")
    public Instant registeredAt;
}
