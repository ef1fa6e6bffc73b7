package org.fazhikg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhikg.UserException;
import org.fazhikg.store.GraphStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option of the commands that read a built store. */
final class StoreOption {
    @Option(names = "--store", defaultValue = "store", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** Opens the store; a missing one is a user error rather than a new empty store. */
    GraphStore open() {
        if (!Files.isDirectory(dir)) throw new UserException("store not found: " + dir + " (run `build` first, or give --store DIR)");
        return GraphStore.open(dir);
    }
}
