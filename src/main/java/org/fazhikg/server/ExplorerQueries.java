package org.fazhikg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The saved queries of {@code sparql-queries/} as found on the classpath, sorted by name. */
final class ExplorerQueries {
    static final String CLASSPATH_DIR = "/sparql-queries/";

    /** A header line {@code # 问题: …} or {@code # Question: …} (ASCII or full-width colon). */
    private static final Pattern QUESTION = Pattern.compile("^#\\s*(问题|Question)\\s*[:：]\\s*(.+?)\\s*$");

    record SavedQuery(String name, String questionZh, String questionEn, String text) {}

    private final List<SavedQuery> queries;

    ExplorerQueries(List<SavedQuery> queries) {
        this.queries = queries.stream().sorted(Comparator.comparing(SavedQuery::name)).toList();
    }

    List<SavedQuery> all() {
        return queries;
    }

    Optional<SavedQuery> byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** Reads every {@code *.rq} under {@code /sparql-queries/}, from a directory or from inside the jar. */
    static ExplorerQueries fromClasspath() {
        URL dir = ExplorerQueries.class.getResource(CLASSPATH_DIR);
        if (dir == null) {
            return new ExplorerQueries(List.of());
        }
        try {
            URI uri = dir.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return new ExplorerQueries(readAll(Path.of(uri)));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return new ExplorerQueries(readAll(jar.provider().getPath(uri)));
            } catch (FileSystemAlreadyExistsException openElsewhere) {
                return new ExplorerQueries(readAll(Path.of(uri)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the saved queries at " + dir, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("classpath folder of saved queries has no usable URI: " + dir, e);
        }
    }

    private static List<SavedQuery> readAll(Path dir) throws IOException {
        List<SavedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                queries.add(parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return queries;
    }

    /** Takes the questions from the comment lines that open the query. */
    static SavedQuery parse(String name, String text) {
        String zh = "";
        String en = "";
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = QUESTION.matcher(line);
            if (m.matches() && m.group(1).equals("问题")) {
                zh = m.group(2);
            } else if (m.matches()) {
                en = m.group(2);
            }
        }
        return new SavedQuery(name, zh, en, text);
    }
}
