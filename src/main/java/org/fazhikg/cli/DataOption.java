package org.fazhikg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of the commands that read a folder of reports. */
final class DataOption {
    @Option(names = "--data", defaultValue = "data/reports", description = "Folder of reports (default: ${DEFAULT-VALUE}).")
    Path dir;
}
