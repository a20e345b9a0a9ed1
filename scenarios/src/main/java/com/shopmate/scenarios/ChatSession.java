package com.shopmate.scenarios;

/** One scenario's conversation on its channel: a shopper message in, the bot's answer to it out. */
interface ChatSession {

    /** Sends {@code text} and returns the answer, or why there is none, within the turn's timeout; never hangs. */
    BotAnswer send(String text);
}
