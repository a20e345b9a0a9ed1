package com.shopmate.shop.reference;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "products")
public class ProductRow extends PanacheEntityBase {
    @Id
    public String sku;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    public String category;
    @Column(name = "category_zh")
    public String categoryZh;
    @Column(name = "category_en")
    public String categoryEn;
    public String brand;
    public String model;
    public BigDecimal price;
    public int stock;
    @Column(name = "colors_json")
    public String colorsJson;
    @Column(name = "attributes_json")
    public String attributesJson;
    @Column(name = "description_zh")
    public String descriptionZh;
    @Column(name = "description_en")
    public String descriptionEn;
    @Column(name = "return_policy")
    public String returnPolicy;
    @Column(name = "warranty_months")
    public int warrantyMonths;
    public double rating;
    @Column(name = "review_count")
    public int reviewCount;
    @Column(name = "tags_json")
    public String tagsJson;
    @Column(name = "image_url")
    public String imageUrl;
}
