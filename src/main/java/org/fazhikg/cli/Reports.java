package org.fazhikg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fazhikg.Document;
import org.fazhikg.ReportMetadata;
import org.fazhikg.UserException;

/** Interim reader of plain UTF-8 reports until the ingest package lands. */
final class Reports {
    private Reports() {}

    static List<Document> read(Path dir) {
        if (!Files.isDirectory(dir)) throw new UserException("data folder not found: " + dir);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    String name = p.getFileName().toString();
                    return new Document(name.substring(0, name.lastIndexOf('.')), dir.relativize(p).toString(),
                            ReportMetadata.EMPTY, Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UserException(p + ": unreadable: " + e.getMessage());
                }
            }).toList();
        } catch (IOException e) {
            throw new UserException("cannot list " + dir + ": " + e.getMessage());
        }
    }
}
