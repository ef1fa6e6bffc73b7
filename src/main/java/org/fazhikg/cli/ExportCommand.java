package org.fazhikg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fazhikg.UserException;
import org.fazhikg.server.DatasetExport;
import org.fazhikg.store.ExportFormat;
import org.fazhikg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole graph to a file: triple formats the union of all graphs, quad formats every named graph; "
                + "or one of the CSV tables (entities, mentions, observations), or the VoID/DCAT description of the dataset.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true,
            description = "turtle, ntriples, nquads, trig, jsonld, rdfxml; entities-csv, mentions-csv, observations-csv; void.")
    String format;

    @Option(names = "--base-iri", defaultValue = "https://fazhi-kg.org/", description = "Base IRI of the dataset, for void (default: ${DEFAULT-VALUE}).")
    String baseIri;

    @Option(names = "--out", required = true, description = "File to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        String table = format.endsWith("-csv") ? format.substring(0, format.length() - "-csv".length()) : null;
        ExportFormat fmt = null;
        if (table != null && !DatasetExport.TABLES.contains(table) || table == null && !format.equals("void")) {
            try {
                fmt = ExportFormat.of(format);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage() + "; or one of entities-csv, mentions-csv, observations-csv, void");
            }
        }
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (GraphStore s = store.open(); OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            if (fmt != null) s.export(fmt, o);
            else if (table != null) DatasetExport.writeTable(s, table, o);
            else DatasetExport.writeDescription(s, baseIri, o);
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + format + ", " + Files.size(out) + " bytes)");
        return Exits.OK;
    }
}
