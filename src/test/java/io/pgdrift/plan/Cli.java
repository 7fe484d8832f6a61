package io.pgdrift.plan;

import io.pgdrift.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The pgdrift command line, run in this JVM with its stdout and stderr captured. */
final class Cli {

    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
