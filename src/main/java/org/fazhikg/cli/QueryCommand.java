package org.fazhikg.cli;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fazhikg.UserException;
import org.fazhikg.store.GraphStore;
import org.fazhikg.store.ResultFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query over the union of all report graphs (a saved .rq file or -e TEXT).")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv, json (results) or turtle, ntriples, jsonld, rdfxml (graphs); default: ${DEFAULT-VALUE}.")
    String format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query, e.g. sparql-queries/01-….rq.")
        Path file;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text.")
        String text;
    }

    @Override
    public Integer call() throws IOException {
        ResultFormat fmt;
        try {
            fmt = ResultFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        String sparql = source.text != null ? source.text : read(source.file);
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        try (GraphStore s = store.open()) {
            s.query(sparql, fmt, results);
        }
        spec.commandLine().getOut().print(results.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return Exits.OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("query file not found: " + file);
        } catch (IOException e) {
            throw new UserException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
