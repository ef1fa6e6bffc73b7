package org.fazhikg.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fazhikg.ReportMetadata;

/**
 * manifest.csv: metadata the user states for some reports, one row per file. Header row required;
 * only {@code file} is required; cells may be empty. Every mistake is reported with its line number.
 */
final class Manifest {
    static final String FILE_NAME = "manifest.csv";
    static final List<String> COLUMNS = List.of("file", "title", "issuer", "region", "year", "published", "source_url");
    private static final String ALLOWED = "allowed: " + String.join(", ", COLUMNS);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");
    private static final Pattern TRAILING_TIME = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");

    private Manifest() {}

    /**
     * Reads the manifest of a corpus.
     *
     * @param path    the manifest file
     * @param reports the relative paths ('/'-separated) of the corpus's report files
     * @return metadata by relative path of the report
     */
    static Map<String, ReportMetadata> read(Path path, Set<String> reports) throws IngestException {
        String content;
        try {
            content = TextDecoder.decode(Files.readAllBytes(path), null);
        } catch (IOException e) {
            throw new IngestException(path + ": cannot read (" + e.getMessage() + ")", e);
        } catch (TextDecoder.Unreadable e) {
            throw new IngestException(path + ": " + e.getMessage() + " (expected CSV text with a header row: "
                    + String.join(",", COLUMNS) + ")");
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(new StringReader(content))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IngestException(path + ": not valid CSV (" + e.getMessage() + ")", e);
        }
        if (records.isEmpty()) throw new IngestException(path + ": empty; expected a header row naming " + ALLOWED);
        Lines lines = new Lines(content);
        Map<String, Integer> columns = header(records.get(0), path);
        Map<String, ReportMetadata> byFile = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            int line = lines.at(r.getCharacterPosition());
            String where = path + " [line " + line + "]: ";
            if (r.size() > columns.size()) {
                throw new IngestException(where + r.size() + " cells, but the header names " + columns.size() + " columns");
            }
            if (r.stream().allMatch(String::isBlank)) continue;
            String file = cell(r, columns, "file");
            if (file == null) throw new IngestException(where + "the file cell is empty (give the report's path relative to the folder)");
            String key = reportKey(file, reports, where, path.getParent());
            Integer earlier = firstLine.putIfAbsent(key, line);
            if (earlier != null) throw new IngestException(where + "file '" + file + "' is already listed on line " + earlier);
            byFile.put(key, new ReportMetadata(cell(r, columns, "title"), cell(r, columns, "issuer"), cell(r, columns, "region"),
                    year(cell(r, columns, "year"), where), date(cell(r, columns, "published"), where),
                    url(cell(r, columns, "source_url"), where)));
        }
        return byFile;
    }

    private static Map<String, Integer> header(CSVRecord header, Path path) throws IngestException {
        String where = path + " [line 1]: ";
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            if (name.isEmpty()) throw new IngestException(where + "column " + (i + 1) + " has no name (" + ALLOWED + ")");
            if (!COLUMNS.contains(name)) throw new IngestException(where + "unknown column '" + header.get(i).strip() + "' (" + ALLOWED + ")");
            if (columns.putIfAbsent(name, i) != null) throw new IngestException(where + "column '" + name + "' appears twice");
        }
        if (!columns.containsKey("file")) {
            throw new IngestException(where + "no 'file' column; the header must name it (" + ALLOWED + ")");
        }
        return columns;
    }

    private static String cell(CSVRecord r, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= r.size()) return null;
        String v = r.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** The report's key (its '/'-separated path relative to the folder) after checking the report is there. */
    private static String reportKey(String file, Set<String> reports, String where, Path dir) throws IngestException {
        String key = file.replace('\\', '/');
        Path normal = Path.of(key).normalize();
        if (normal.isAbsolute() || normal.startsWith("..")) {
            throw new IngestException(where + "file '" + file + "' must be a path inside the folder " + dir);
        }
        key = normal.toString().replace('\\', '/');
        if (reports.contains(key)) return key;
        if (Files.isRegularFile(dir.resolve(key))) {
            throw new IngestException(where + "file '" + file + "' is not a report (allowed extensions: "
                    + String.join(", ", Corpus.EXTENSIONS) + ")");
        }
        throw new IngestException(where + "file '" + file + "' does not exist in " + dir);
    }

    private static Integer year(String value, String where) throws IngestException {
        if (value == null) return null;
        Matcher m = YEAR.matcher(value);
        if (!m.matches()) throw new IngestException(where + "year '" + value + "' is not a year (expected 4 digits, e.g. 2021)");
        return Integer.parseInt(m.group(1));
    }

    private static LocalDate date(String value, String where) throws IngestException {
        if (value == null) return null;
        return ChineseDates.parseExact(TRAILING_TIME.matcher(value).replaceFirst("")).orElseThrow(() -> new IngestException(
                where + "published '" + value + "' is not a date (expected 2021-01-05, 2021/1/5 or 2021年1月5日)"));
    }

    private static String url(String value, String where) throws IngestException {
        if (value == null) return null;
        try {
            URI uri = new URI(value);
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IngestException(where + "source_url '" + value + "' is not a web address (expected http://… or https://…)");
    }

    /** Line numbers of character positions, for records that span several lines. */
    private static final class Lines {
        private final String content;
        private long position;
        private int line = 1;

        Lines(String content) {
            this.content = content;
        }

        /** The line of {@code target}; targets must come in increasing order. */
        int at(long target) {
            for (; position < target && position < content.length(); position++) {
                if (content.charAt((int) position) == '\n') line++;
            }
            return line;
        }
    }
}
