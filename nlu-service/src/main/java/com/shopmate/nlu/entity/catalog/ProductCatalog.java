package com.shopmate.nlu.entity.catalog;

import java.util.List;

/**
 * The shop's products as entity extraction matches them. The shipped one reads a class-path file
 * ({@link ResourceProductCatalog}); a bean of this type from the order connector's catalog replaces it.
 */
public interface ProductCatalog {

    List<CatalogProduct> products();
}
