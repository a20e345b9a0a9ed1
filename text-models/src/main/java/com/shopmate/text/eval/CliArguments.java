package com.shopmate.text.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} and {@code --flag} arguments, checked against the names a command knows. */
public final class CliArguments {

    private final Map<String, String> values = new HashMap<>();

    private CliArguments() {
    }

    /**
     * @param options names that take a value
     * @param flags   names that take none
     * @throws IllegalArgumentException on an unknown name or a missing value
     */
    public static CliArguments parse(String[] args, Set<String> options, Set<String> flags) {
        CliArguments parsed = new CliArguments();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            String inline = null;
            if (name != null && name.contains("=")) {
                inline = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            }
            if (name != null && flags.contains(name) && inline == null) {
                parsed.values.put(name, "true");
            } else if (name != null && options.contains(name)) {
                if (inline == null && i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                parsed.values.put(name, inline != null ? inline : args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        return parsed;
    }

    /** Whether {@code --help} or {@code -h} is among the arguments, before anything else is checked. */
    public static boolean wantsHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public String required(String name) {
        return get(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required"));
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    public double number(String name, double fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, got '" + v + "'");
        }
    }

    public long integer(String name, long fallback) {
        String v = values.get(name);
        try {
            return v == null ? fallback : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be an integer, got '" + v + "'");
        }
    }
}
