package com.shopmate.shop.http;

/** The shop's API answered 5xx (or another status that is no answer): worth another try. */
public class ShopApiFailedException extends RuntimeException {

    public ShopApiFailedException(String message) {
        super(message);
    }
}
