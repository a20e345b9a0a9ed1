package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One action, applied or refused, kept so that its redelivery is answered with the same completion. */
@Entity
@Table(name = "applied_actions")
public class AppliedActionRow extends PanacheEntityBase {
    @Id
    @Column(name = "action_id")
    public String actionId;
    public String kind;
    @Column(name = "customer_id")
    public String customerId;
    @Column(name = "order_id")
    public String orderId;
    public String outcome;
    @Column(name = "completion_json")
    public String completionJson;
    @Column(name = "conversation_id")
    public String conversationId;
    @Column(name = "applied_at")
    public Instant appliedAt;
}
