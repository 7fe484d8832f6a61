package io.pgdrift.app;

import io.pgdrift.app.logging.LogFormat;
import io.pgdrift.app.logging.LogSettings;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs one pgdrift command line in-process, capturing stdout and stderr (logs included). */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            int exit = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
            return new Cli(exit, out.toString(), err.toString());
        } finally {
            LogSettings.configure(false, LogFormat.TEXT, new PrintWriter(System.err, true));
        }
    }
}
