package com.shopmate.tools;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of a model command as {@code ./shopmate} runs it: its exit status, stdout and stderr. */
public record CommandRun(int status, String out, String err) {

    /** @param args the command's name first, e.g. {@code "nlu-eval", "--train", ...} */
    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ModelCommands.commandLine().setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute(args);
        return new CommandRun(status, out.toString(), err.toString());
    }

    public String lastLine() {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }
}
