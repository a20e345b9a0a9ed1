/**
 * The service kit: what every Shopmate Kafka service needs besides its domain logic. A service depends on this
 * module instead of copying glue from another service.
 */
package com.shopmate.kit;
