package com.shopmate.cli.bench;

import com.shopmate.bench.BenchPlan;
import com.shopmate.cli.Workspace;
import picocli.CommandLine.Command;

@Command(name = BenchPlan.SHOP_QUERY, sortOptions = false,
        description = {"shop query -> answer latency through Kafka and order-connector (the demo shop in PostgreSQL)",
                "ShopQueryRequested on shop.query-requested.v1, answered with ShopQueryAnswered on",
                "shop.query-answered.v1, matched by queryId. A fixed mix of valid queries (customer_orders, order,",
                "shipment, product, product_search): any outcome but ok, or no answer, is a failure.",
                "--rate is queries per second."},
        footer = {"", "The last line printed is one JSON object with the figures. Exit 0 done, 1 failed, 2 usage."})
final class ShopQueryBenchCommand extends BenchRunCommand {

    ShopQueryBenchCommand(Workspace workspace) {
        super(workspace, BenchPlan.SHOP_QUERY);
    }
}
