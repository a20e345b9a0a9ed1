package com.shopmate.dialogue.flow;

/** What a step left the flow to do: go on to the next step, wait for the shopper, or end. */
public enum Outcome {
    NEXT, WAIT, END
}
