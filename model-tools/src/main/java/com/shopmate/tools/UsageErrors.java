package com.shopmate.tools;

import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * A mistake on the command line is one line naming the command and the mistake, and a pointer to its help: the
 * whole usage would bury the line that matters. Exit status 2.
 */
public final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("see " + name + " --help");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
