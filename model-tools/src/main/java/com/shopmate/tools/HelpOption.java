package com.shopmate.tools;

import picocli.CommandLine.Option;

/** {@code -h, --help} on every model command; there is no {@code --version}: the commands are versioned with the repository. */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;
}
