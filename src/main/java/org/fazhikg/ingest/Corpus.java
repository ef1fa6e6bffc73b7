package org.fazhikg.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhikg.Document;
import org.fazhikg.ReportMetadata;
import org.fazhikg.gazetteer.Gazetteer;

/**
 * A folder of reports: every .txt, .html and .htm file below it (any depth, any case of extension),
 * with optional metadata from a manifest.csv in the folder. Opening lists and checks; reading is per
 * file, so a build can stream thousands of reports through worker threads. Immutable and thread-safe.
 *
 * <pre>
 * Corpus corpus = Corpus.open(Path.of("data/reports"));      // IngestException: bad folder or manifest
 * for (Corpus.Source source : corpus.sources()) {
 *     try { Document doc = corpus.read(source); ... }
 *     catch (IngestException e) { System.err.println(e.getMessage()); } // empty/binary/unreadable: skip it
 * }
 * </pre>
 *
 * Text of a .txt file is kept character for character (only a byte-order mark is dropped), so offsets
 * into {@link Document#text()} are offsets into the file, unless the text is hard-wrapped at a fixed width
 * (as text out of a PDF is): its lines are then joined back into paragraphs ({@link HardWraps}). HTML is reduced to the report body, one line
 * per paragraph block. Metadata the manifest gives wins; the rest is inferred from the text.
 */
public final class Corpus {
    /** Extensions of report files, matched without regard to case. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm");
    /** A page-header line naming the publisher, under the same keys metadata inference reads the issuer from. */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:" + String.join("|", MetadataInference.ISSUER_KEYS) + ")\\s*[:：]\\s*\\p{IsHan}");

    /**
     * One report file of the corpus.
     *
     * @param id   the file name without extension: the report's id
     * @param file the path relative to the corpus folder, '/'-separated
     * @param path the file itself
     */
    public record Source(String id, String file, Path path) {}

    private final Path dir;
    private final List<Source> sources;
    private final Map<String, ReportMetadata> manifest;
    private final MetadataInference inference;

    private Corpus(Path dir, List<Source> sources, Map<String, ReportMetadata> manifest, Gazetteer gazetteer) {
        this.dir = dir;
        this.sources = List.copyOf(sources);
        this.manifest = Map.copyOf(manifest);
        this.inference = new MetadataInference(gazetteer);
    }

    /** Opens {@code dir}, loading the gazetteer for region names; see {@link #open(Path, Gazetteer)}. */
    public static Corpus open(Path dir) throws IngestException {
        return open(dir, Gazetteer.load());
    }

    /**
     * Lists the reports under {@code dir} and reads its manifest.csv, if any.
     *
     * @throws IngestException when the folder is missing or holds no report, when two reports share an id,
     *                         or when the manifest is wrong (the message names the line)
     */
    public static Corpus open(Path dir, Gazetteer gazetteer) throws IngestException {
        if (!Files.isDirectory(dir)) {
            throw new IngestException(dir + ": no such folder (give a folder of " + String.join(", ", EXTENSIONS) + " report files)");
        }
        List<Source> sources = list(dir);
        if (sources.isEmpty()) {
            throw new IngestException(dir + ": no report files found (looked for " + String.join(", ", EXTENSIONS) + " at any depth)");
        }
        Map<String, Source> byId = new HashMap<>();
        for (Source s : sources) {
            Source other = byId.putIfAbsent(s.id(), s);
            if (other != null) {
                throw new IngestException(dir + ": " + other.file() + " and " + s.file() + " have the same id '" + s.id()
                        + "' (the file name without extension names the report; rename one)");
            }
        }
        Path manifestFile = dir.resolve(Manifest.FILE_NAME);
        Map<String, ReportMetadata> manifest = Files.isRegularFile(manifestFile)
                ? Manifest.read(manifestFile, sources.stream().map(Source::file).collect(Collectors.toSet()))
                : Map.of();
        return new Corpus(dir, sources, manifest, gazetteer);
    }

    public Path dir() {
        return dir;
    }

    /** Every report file, sorted by relative path; nothing is read. */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Reads one report: decodes it, extracts the body of an HTML page, and completes the manifest's
     * metadata with what the text states.
     *
     * @throws IngestException when the file is empty, binary or unreadable; the message names the file and
     *                         ends with "skipped"
     */
    public Document read(Source source) throws IngestException {
        String text;
        String context;
        try {
            byte[] bytes = Files.readAllBytes(source.path());
            if (isHtml(source.file())) {
                HtmlText.Page page = HtmlText.read(bytes);
                text = HardWraps.reflow(sourceLines(page.preamble()) + page.body());
                // the page header (title, 来源, 发布时间) lies outside the body, but it carries the metadata
                context = page.preamble().isEmpty() ? text : page.preamble() + "\n" + text;
            } else {
                text = HardWraps.reflow(TextDecoder.decode(bytes, null));
                context = text;
            }
        } catch (IOException e) {
            throw new IngestException(source.path() + ": cannot read (" + e.getMessage() + "), skipped", e);
        } catch (TextDecoder.Unreadable e) {
            throw new IngestException(source.path() + ": " + e.getMessage() + ", skipped");
        }
        ReportMetadata known = manifest.getOrDefault(source.file(), ReportMetadata.EMPTY);
        return new Document(source.id(), source.file(), known.orElse(inference.infer(context, known)), text);
    }

    /**
     * The lines of an HTML page's header that name who published the report (来源：某区司法局): a text
     * report carries them above its title, and the bodies they name belong to the report as much.
     */
    private static String sourceLines(String preamble) {
        StringBuilder out = new StringBuilder();
        for (String line : preamble.split("\n")) {
            if (SOURCE_LINE.matcher(line).find()) out.append(line.strip()).append('\n');
        }
        return out.toString();
    }

    private static List<Source> list(Path dir) throws IngestException {
        List<Source> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String name = f.getFileName().toString();
                    if (attrs.isRegularFile() && !name.startsWith(".") && extension(name) != null) {
                        String file = dir.relativize(f).toString().replace('\\', '/');
                        out.add(new Source(name.substring(0, name.length() - extension(name).length()), file, f));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new IngestException(dir + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
        out.sort(Comparator.comparing(Source::file));
        return out;
    }

    /** The report extension of a file name as written, or null when it is not a report. */
    private static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) if (lower.endsWith(ext) && lower.length() > ext.length()) return name.substring(name.length() - ext.length());
        return null;
    }

    private static boolean isHtml(String file) {
        return !file.toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
