package io.pgdrift.app;

import io.pgdrift.PgdriftException;
import io.pgdrift.app.logging.LogSettings;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar pgdrift.jar <command>}. Holds no logic beyond wiring and error reporting. */
@Command(name = "pgdrift",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Finds schema drift between a staging and a production PostgreSQL database and files it "
                + "as a migration brief in Linear.",
        subcommands = {
                SnapshotCommand.class,
                DiffCommand.class,
                RunCommand.class,
                ScheduleCommand.class,
                CheckCommand.class,
                DemoCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit code for "the command could not do its job"; 2 is reserved for "drift found" (diff). */
    public static final int EXIT_ERROR = 1;
    public static final int EXIT_DRIFT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code; used by tests too. */
    public static int execute(String... args) {
        LogSettings.Invocation logs = LogSettings.open();
        try {
            return commandLine().execute(args);
        } finally {
            logs.close();
        }
    }

    /** Runs one command line with its output and errors going to the given writers; for tests. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        // log settings belong to this invocation: concurrent in-process runs each log to their own err
        LogSettings.Invocation logs = LogSettings.open();
        try {
            CommandLine cli = commandLine();
            cli.setOut(out);
            cli.setErr(err);
            return cli.execute(args);
        } finally {
            logs.close();
        }
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::reportFailure);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("pgdrift: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return EXIT_ERROR;
        });
        return cli;
    }

    /** One line on stderr; the stack trace only with --verbose. */
    private static int reportFailure(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
        if (ex instanceof PgdriftException) {
            err.println("pgdrift: " + ex.getMessage());
        } else {
            err.println("pgdrift: unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                    + " (rerun with --verbose for the stack trace, and please report it)");
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Version from the jar manifest (Implementation-Version), or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"pgdrift " + (version == null ? "development build" : version)};
        }
    }
}
