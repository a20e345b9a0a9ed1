package com.shopmate.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The service's time: the system clock, replaced in tests that need another. */
@ApplicationScoped
public class RecoClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
