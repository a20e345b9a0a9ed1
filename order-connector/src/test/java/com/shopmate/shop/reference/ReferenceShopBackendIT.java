package com.shopmate.shop.reference;

import com.shopmate.shop.backend.ShopBackend;
import com.shopmate.shop.backend.ShopBackendContract;
import com.shopmate.shop.backend.ShopBackendSelector;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;

/** The reference back end keeps the contract, on the demo shop in real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class ReferenceShopBackendIT extends ShopBackendContract {

    @Inject
    @Identifier(ShopBackendSelector.REFERENCE)
    ShopBackend backend;

    @Override
    protected ShopBackend backend() {
        return backend;
    }

    @Override
    protected CustomersOrder unpaidOrderOfItsOwn() {
        return new CustomersOrder("C1066", "SO2026112940391");
    }
}
