package com.shopmate.shop.http;

import com.shopmate.shop.backend.ShopBackend;
import com.shopmate.shop.backend.ShopBackendContract;
import com.shopmate.shop.backend.ShopBackendSelector;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

/**
 * The HTTP back end keeps the contract against a real shop API: the one this service serves on its test port over
 * the reference back end ({@link OwnShopApiResource}), through real HTTP with the admin token as its auth header.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OwnShopApiResource.class, restrictToAnnotatedClass = false)
class HttpShopBackendIT extends ShopBackendContract {

    @Inject
    @Identifier(ShopBackendSelector.HTTP)
    ShopBackend backend;

    @Override
    protected ShopBackend backend() {
        return backend;
    }

    @Override
    protected CustomersOrder unpaidOrderOfItsOwn() {
        return new CustomersOrder("C1052", "SO2026112939048");
    }
}
