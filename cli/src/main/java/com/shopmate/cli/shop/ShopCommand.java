package com.shopmate.cli.shop;

import com.shopmate.cli.Workspace;
import com.shopmate.cli.stack.AdminApi;
import com.shopmate.local.StackException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code ./shopmate shop reset}: the running stack's shop back end (order-connector) as an operator. */
@Command(name = "shop", description = "the running stack's shop back end: reset reloads the demo shop",
        subcommands = ShopCommand.Reset.class)
public final class ShopCommand implements Callable<Integer> {

    static final String SERVICE = "order-connector";

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final Workspace workspace;

    public ShopCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code POST /admin/shop/reset}: the demo shop again, dates shifted to now, whatever was changed. */
    @Command(name = "reset", description = "empty the shop's tables and load the demo shop again, dates shifted to "
            + "now (every order, return and coupon made since is gone)")
    static final class Reset implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
        boolean help;

        @picocli.CommandLine.ParentCommand
        ShopCommand shop;

        @Override
        public Integer call() {
            AdminApi admin = new AdminApi(shop.workspace);
            String url = admin.runningService(SERVICE).orElseThrow(() -> new StackException(
                    "no running stack with " + SERVICE + ": start it with ./shopmate up"));
            spec.commandLine().getOut().println(admin.post(url, "/admin/shop/reset", "{}"));
            return 0;
        }
    }
}
