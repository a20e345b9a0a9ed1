package com.shopmate.bench.e2e;

import com.shopmate.bench.corpus.ShopperCorpus;

import java.nio.file.Path;

/**
 * Who writes in an e2e run and what the bench watches while they do.
 *
 * @param corpus    their texts, and which conversations are logged in as which customer
 * @param tokens    the customer tokens those conversations send
 * @param stackPids the stack's {@code pids} file, for CPU and memory per component; null or missing: not measured
 */
public record E2eShoppers(ShopperCorpus corpus, GatewayLoad.CustomerTokens tokens, Path stackPids) {
}
