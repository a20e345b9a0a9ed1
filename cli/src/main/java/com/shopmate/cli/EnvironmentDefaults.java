package com.shopmate.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option's environment variable, named as its {@code descriptionKey} ({@code SHOPMATE_KAFKA_PORT}), gives its
 * value when the flag is not on the command line; unset or blank, the option's own default applies. Read from the
 * {@link Workspace}, not {@code ${env:...}}, so that tests can set it.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    static final String PREFIX = "SHOPMATE_";

    private final Workspace workspace;

    EnvironmentDefaults(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (argSpec instanceof OptionSpec option && option.descriptionKey().startsWith(PREFIX)) {
            return workspace.variable(option.descriptionKey()).orElse(null);
        }
        return null;
    }
}
