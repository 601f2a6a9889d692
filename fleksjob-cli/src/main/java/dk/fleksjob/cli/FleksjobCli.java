package dk.fleksjob.cli;

import dk.fleksjob.rules.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code fleksjob}: the rules library on the command line. Bad input exits with code 2 and one Danish line on
 * stderr naming the field; nothing else ever prints a stack trace to a user.
 */
@Command(name = "fleksjob", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Fleksjob-reglerne som åben, forklarlig software.",
    subcommands = {
        BeregnCommand.class,
        KontrollerCommand.class,
        SammenlignCommand.class,
        ParametreCommand.class,
        SimulerCommand.class,
        UdbetalCommand.class,
    })
public final class FleksjobCli implements Runnable {

    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new FleksjobCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.registerConverter(java.math.BigDecimal.class, Converters::amount);
        cli.registerConverter(java.time.YearMonth.class, Converters::month);
        cli.registerConverter(java.time.LocalDate.class, Converters::date);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("fleksjob: " + Converters.danish(ex));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException bad) {
                commandLine.getErr().println("fleksjob: fejl i " + optionName(bad.field()) + ": " + bad.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof CliInputException bad) {
                commandLine.getErr().println("fleksjob: " + bad.getMessage());
                return BAD_INPUT;
            }
            commandLine.getErr().println("fleksjob: uventet fejl (" + ex.getClass().getSimpleName() + "): "
                + ex.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    /** The CLI option for a rules input field: andenLoen → --anden-loen. */
    static String optionName(String field) {
        return "--" + field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
