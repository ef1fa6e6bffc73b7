package org.fazhikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fazhikg.UserException;
import org.fazhikg.server.ServerConfig;
import org.fazhikg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "One step from reports to a running graph: build the store when it is missing or older "
                + "than the reports, then serve it (as `serve`) and print the URLs to open.")
final class UpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--store", defaultValue = "store", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path storeDir;

    @Mixin
    ServeCommand.Options options;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = options.config();
        PrintWriter out = spec.commandLine().getOut();
        Path data = this.data.dir;
        if (!Files.isDirectory(data)) throw new UserException("data folder not found: " + data + " (give --data DIR)");
        Optional<String> why = reasonToBuild(data, storeDir);
        if (why.isPresent()) {
            out.println("building " + storeDir + " from " + data + " (" + why.get() + ")");
            out.flush();
            BuildCommand.build(data, storeDir, out);
        } else {
            out.println(storeDir + " is up to date with " + data);
        }
        ServeCommand.serveUntilStopped(GraphStore.open(storeDir), config, out);
        return Exits.OK;
    }

    /** Why the store must be (re)built, or empty when it is newer than every file of the data folder. */
    static Optional<String> reasonToBuild(Path data, Path storeDir) {
        if (!Files.isDirectory(storeDir) || isEmpty(storeDir)) return Optional.of("no store yet");
        Optional<Instant> built;
        try (GraphStore store = GraphStore.open(storeDir)) {
            built = store.lastModified();
        }
        if (built.isEmpty()) return Optional.of("the store is empty");
        Optional<Instant> changed = newestFile(data);
        if (changed.isPresent() && changed.get().isAfter(built.get())) return Optional.of("reports changed since the last build");
        return Optional.empty();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Optional<Instant> newestFile(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the modification time of " + f, e);
                }
            }).max(Instant::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
