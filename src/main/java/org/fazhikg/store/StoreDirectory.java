package org.fazhikg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhikg.UserException;

/**
 * What a database directory may hold, and what to tell the user when TDB2 cannot open it. TDB2
 * itself turns any directory into a database (it adds {@code tdb.lock} and {@code Data-0001}
 * beside whatever is there), so a mistyped {@code --store data/reports} would litter the corpus;
 * and it reports a directory held by another process with an exception naming only the lock file.
 */
final class StoreDirectory {
    /** A TDB2 database keeps its storage in Data-0001, Data-0002 … (a new one per compaction). */
    private static final Pattern STORAGE = Pattern.compile("Data-\\d+");
    /** Jena's message when another process holds the lock: "… held by process 1234". */
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");
    private static final String TDB_LOCK = "tdb.lock";

    private StoreDirectory() {}

    /**
     * Passes when {@code dir} is missing, empty (hidden files aside) or a TDB2 database;
     * otherwise says what the directory is instead.
     */
    static void requireDatabaseOrEmpty(Path dir) {
        if (!Files.isDirectory(dir)) return;
        List<String> names;
        try (Stream<Path> entries = Files.list(dir)) {
            names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list database directory " + dir, e);
        }
        if (names.stream().anyMatch(n -> STORAGE.matcher(n).matches() && Files.isDirectory(dir.resolve(n)))) return;
        if (names.stream().allMatch(TDB_LOCK::equals)) return;
        if (names.contains("nodes.dat"))
            throw new UserException("database location " + dir + " is not a TDB2 database but a TDB1 database or the Data-NNNN"
                    + " folder inside one; give the folder that holds Data-0001, or an empty or new folder to build into");
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", …" : "");
        throw new UserException("database location " + dir + " is not a TDB2 database: it holds other files (" + shown
                + "); give an empty or new folder (it is created if missing) or one made by fazhi-kg build");
    }

    /** The user error for a TDB2 failure while opening {@code dir}. */
    static UserException cannotOpen(Path dir, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Failed to get a lock")) {
            Matcher holder = HOLDER.matcher(message);
            String who = holder.find() ? "process " + holder.group(1) : "another process";
            return new UserException("database " + dir + " is in use by " + who + " (a running fazhi-kg serve, up or build?);"
                    + " stop it, or give another --store folder", e);
        }
        return new UserException("cannot open database " + dir + ": " + message
                + "; it may be damaged: build again into an empty or new folder", e);
    }
}
