package org.fazhikg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fazhikg.UserException;
import org.fazhikg.store.ExportFormat;
import org.fazhikg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole graph to a file: triple formats the union of all graphs, quad formats every named graph.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "turtle, ntriples, nquads, trig, jsonld or rdfxml.")
    String format;

    @Option(names = "--out", required = true, description = "File to write.")
    Path out;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt;
        try {
            fmt = ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (GraphStore s = store.open(); OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            s.export(fmt, o);
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + fmt.id() + ", " + Files.size(out) + " bytes)");
        return Exits.OK;
    }
}
