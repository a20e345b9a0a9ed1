package com.shopmate.dialogue.shop;

/** The shop's back end did not answer within the turn's budget, or answered that it is unavailable. */
public class ShopUnavailableException extends RuntimeException {

    public ShopUnavailableException(String what) {
        super("the shop's system did not answer: " + what);
    }
}
