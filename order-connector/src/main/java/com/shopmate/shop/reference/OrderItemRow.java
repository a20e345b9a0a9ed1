package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

@Entity
@Table(name = "order_items")
@IdClass(OrderItemRow.Key.class)
public class OrderItemRow extends PanacheEntityBase {
    @Id
    @Column(name = "order_id")
    public String orderId;
    @Id
    @Column(name = "line_no")
    public int lineNo;
    public String sku;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    public int qty;
    @Column(name = "unit_price")
    public BigDecimal unitPrice;
    @Column(name = "color_zh")
    public String colorZh;
    @Column(name = "color_en")
    public String colorEn;
    public String size;

    public static class Key implements Serializable {
        public String orderId;
        public int lineNo;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(orderId, key.orderId) && lineNo == key.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, lineNo);
        }
    }
}
