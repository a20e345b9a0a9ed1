package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "tracking_events")
@IdClass(TrackingEventRow.Key.class)
public class TrackingEventRow extends PanacheEntityBase {
    @Id
    @Column(name = "order_id")
    public String orderId;
    @Id
    public int seq;
    public Instant time;
    public String code;
    @Column(name = "location_zh")
    public String locationZh;
    @Column(name = "location_en")
    public String locationEn;
    @Column(name = "status_zh")
    public String statusZh;
    @Column(name = "status_en")
    public String statusEn;
    @Column(name = "detail_zh")
    public String detailZh;
    @Column(name = "detail_en")
    public String detailEn;

    public static class Key implements Serializable {
        public String orderId;
        public int seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(orderId, key.orderId) && seq == key.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, seq);
        }
    }
}
