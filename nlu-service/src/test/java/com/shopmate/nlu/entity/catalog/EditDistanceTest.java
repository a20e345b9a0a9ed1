package com.shopmate.nlu.entity.catalog;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertTrue(EditDistance.within("runing", "running", 1));
        assertTrue(EditDistance.within("vacum", "vacuum", 1));
        assertTrue(EditDistance.within("obsidera", "obsidra", 1));
        assertTrue(EditDistance.within("headphnoes", "headphones", 2));
        assertFalse(EditDistance.within("headphnoes", "headphones", 1));
        assertFalse(EditDistance.within("shoe", "shirt", 1));
    }
}
