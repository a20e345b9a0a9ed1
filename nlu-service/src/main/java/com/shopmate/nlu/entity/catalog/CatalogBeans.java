package com.shopmate.nlu.entity.catalog;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The demo shop's catalog until a real one (the order connector's) is a bean: any other ProductCatalog wins. */
class CatalogBeans {

    @Produces
    @DefaultBean
    @Singleton
    ProductCatalog demoShopCatalog() {
        return ResourceProductCatalog.demoShop();
    }
}
