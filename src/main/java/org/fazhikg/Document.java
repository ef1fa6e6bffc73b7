package org.fazhikg;

import java.util.Objects;

/**
 * One report as read from the data folder: a stable id (the file name without extension),
 * the path it came from relative to the data folder, its metadata, and its plain text.
 *
 * <pre>
 * Document doc = new Document("000_x", "000_x.txt", ReportMetadata.EMPTY, "武侯区司法局2020年法治政府建设年度报告 …");
 * </pre>
 */
public record Document(String id, String file, ReportMetadata metadata, String text) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) throw new IllegalArgumentException("document id must not be blank");
    }

    /** The same report with other text (for example after conversion to simplified characters). */
    public Document withText(String newText) {
        return new Document(id, file, metadata, newText);
    }
}
