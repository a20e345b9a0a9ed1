package com.shopmate.shop;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one clock of the shop's rules and the demo load: replaceable, so a test can stand on a given day. */
public class ShopClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
