package org.fazhikg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fazhi-kg} command line: {@code java -jar target/fazhi-kg.jar <command> --help}.
 * {@link #run} returns the exit code (0 ok, 1 user error with one line, 2 bug with a stack
 * trace); only {@link #main} exits.
 */
@Command(name = "fazhi-kg", mixinStandardHelpOptions = true, version = "fazhi-kg 0.1.0",
        description = "Knowledge graph of Chinese rule-of-law government reports (法治政府建设年度报告).",
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, MentionsCommand.class,
                EvaluateCommand.class, ValidateCommand.class, StatsCommand.class, ServeCommand.class, UpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("fazhi-kg: " + ex.getMessage() + " (see --help)");
            return Exits.USER_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> Exits.report(ex, err));
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
