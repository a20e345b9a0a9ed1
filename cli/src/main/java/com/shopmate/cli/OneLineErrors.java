package com.shopmate.cli;

import com.shopmate.local.StackException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.UncheckedIOException;

/**
 * A command that fails for a reason the user can fix (a {@link StackException}, a file it cannot read or write)
 * says so in one line and exits 1; only a bug shows its stack trace.
 */
final class OneLineErrors implements IExecutionExceptionHandler {

    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) throws Exception {
        if (e instanceof StackException || e instanceof UncheckedIOException) {
            command.getErr().println("shopmate: " + e.getMessage());
            return FAILED;
        }
        throw e;
    }
}
