package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change to the shop's data: what, which conversation asked for it, when. */
@Entity
@Table(name = "audit_log")
public class AuditRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "audit_id")
    public Long auditId;
    public Instant at;
    @Column(name = "conversation_id")
    public String conversationId;
    @Column(name = "action_id")
    public String actionId;
    public String entity;
    @Column(name = "entity_id")
    public String entityId;
    public String change;

    static AuditRow of(String conversationId, String actionId, String entity, String entityId, String change,
                       Instant at) {
        AuditRow row = new AuditRow();
        row.at = at;
        row.conversationId = conversationId;
        row.actionId = actionId;
        row.entity = entity;
        row.entityId = entityId;
        row.change = change;
        return row;
    }
}
