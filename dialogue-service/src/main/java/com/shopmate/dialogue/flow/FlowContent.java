package com.shopmate.dialogue.flow;

import com.shopmate.dialogue.policy.ShopPolicy;
import com.shopmate.dialogue.reply.Wording;

/** What the operator writes and may reload: the flows, the shop's policy and the bot's wording, read together. */
public record FlowContent(FlowBook book, ShopPolicy policy, Wording wording) {
}
