package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** Stock of one size of a product sold in sizes. */
@Entity
@Table(name = "product_variants")
@IdClass(ProductVariantRow.Key.class)
public class ProductVariantRow extends PanacheEntityBase {
    @Id
    public String sku;
    @Id
    public String size;
    public int stock;

    public static class Key implements Serializable {
        public String sku;
        public String size;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(sku, key.sku) && Objects.equals(size, key.size);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sku, size);
        }
    }
}
