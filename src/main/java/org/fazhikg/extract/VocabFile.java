package org.fazhikg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a vocabulary from the classpath (data/vocab is packaged as /vocab/): UTF-8, one entry a line,
 * tab-separated columns, '#' comment lines and blank lines skipped. Errors name the file and line.
 */
final class VocabFile {
    /** One line of a vocabulary file, with its line number for error messages. */
    record Row(String file, int line, List<String> columns) {
        String column(int index) {
            return index < columns.size() ? columns.get(index).strip() : "";
        }

        IllegalStateException error(String what) {
            return new IllegalStateException(file + " [line " + line + "]: " + what);
        }
    }

    private VocabFile() {}

    /** The rows of /vocab/{name}, each with at least {@code minColumns} columns. */
    static List<Row> read(String name, int minColumns) {
        String path = "/vocab/" + name;
        List<Row> rows = new ArrayList<>();
        try (InputStream in = VocabFile.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("vocabulary missing from the classpath: " + path);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                Row row = new Row(path, number, List.of(line.split("\t", -1)));
                if (row.columns().size() < minColumns || row.column(0).isEmpty())
                    throw row.error("expected " + minColumns + " tab-separated columns, found " + row.columns().size());
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + path, e);
        }
        return rows;
    }
}
