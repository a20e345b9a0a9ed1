package com.shopmate.bench.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the shoppers of a bench run write, and who they are: thousands of different texts in Chinese and English, so
 * that no cache of a few strings can flatter the figures, and half the conversations logged in as a demo shop
 * customer asking about their own orders, so that order lookups are in the path. Message {@code i} is a pure
 * function of {@code i} and {@link #SEED}: two runs send the same things.
 */
public final class ShopperCorpus {

    public static final long SEED = 20261206L;
    /** Of every 20 messages: 11 pack examples, 3 order questions with a number, 6 data-set texts. */
    static final int PACK_SHARE = 11;
    static final int ORDER_SHARE = 3;
    static final int CYCLE = 20;

    private final List<ShopperText> packTexts;
    private final List<ShopperText> orderQuestions;
    private final List<ShopperText> dataSetTexts;
    private final DemoShopOrders orders;

    ShopperCorpus(List<ShopperText> packTexts, List<ShopperText> dataSetTexts, DemoShopOrders orders) {
        if (packTexts.isEmpty()) {
            throw new IllegalArgumentException("no intent pack examples");
        }
        this.packTexts = List.copyOf(packTexts);
        this.orderQuestions = packTexts.stream().filter(ShopperText::orderTemplate).toList();
        this.dataSetTexts = List.copyOf(dataSetTexts);
        this.orders = orders;
    }

    /**
     * @param repoRoot the checkout: the packs of nlu-service and the demo shop of order-connector are read from it
     * @param dataSets {@code ../shared/datasets}; where it does not exist, the packs alone are sent
     */
    public static ShopperCorpus load(Path repoRoot, Path dataSets) {
        Path packs = repoRoot.resolve("nlu-service/src/main/resources/nlu/training");
        Path demoOrders = repoRoot.resolve("order-connector/src/main/resources/demo-shop/orders.jsonl");
        if (!Files.isDirectory(packs) || !Files.isRegularFile(demoOrders)) {
            throw new IllegalArgumentException("the bench's texts come from the checkout, but " + repoRoot
                    + " has no " + packs + " or " + demoOrders);
        }
        return new ShopperCorpus(PackExamples.read(packs), DatasetTexts.read(dataSets), DemoShopOrders.read(demoOrders));
    }

    /** How many different texts there are to draw from (order questions count once per template). */
    public int size() {
        return packTexts.size() + dataSetTexts.size();
    }

    public int dataSetTexts() {
        return dataSetTexts.size();
    }

    /** Conversation {@code n}: the even ones logged in as a customer with orders, the odd ones anonymous (null). */
    public String customerOf(int conversation) {
        if (conversation % 2 == 1) {
            return null;
        }
        List<String> customers = orders.customers();
        return customers.get((conversation / 2) % customers.size());
    }

    /** Message {@code index} of a conversation whose writer is {@code customerId} (null: anonymous). */
    public String text(long index, String customerId) {
        SplittableRandom random = new SplittableRandom(SEED + index);
        int slot = (int) Math.floorMod(index, (long) CYCLE);
        ShopperText text;
        if (slot < ORDER_SHARE && !orderQuestions.isEmpty()) {
            text = pick(orderQuestions, random);
        } else if (slot < ORDER_SHARE + PACK_SHARE || dataSetTexts.isEmpty()) {
            text = pick(packTexts, random);
        } else {
            text = pick(dataSetTexts, random);
        }
        return text.withOrder(orders.orderOf(customerId, random.nextLong()));
    }

    private static ShopperText pick(List<ShopperText> texts, SplittableRandom random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
