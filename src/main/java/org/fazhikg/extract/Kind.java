package org.fazhikg.extract;

import java.util.Arrays;

/** The six kinds of thing fazhi-kg extracts; {@link #csv()} is the name used in CSV and gold files. */
public enum Kind {
    REGION("region"), ORGANIZATION("organization"), MECHANISM("mechanism"),
    DOCUMENT("document"), METRIC("metric"), FIRST("first");

    private final String csv;

    Kind(String csv) { this.csv = csv; }

    public String csv() { return csv; }

    public static Kind ofCsv(String name) {
        return Arrays.stream(values()).filter(k -> k.csv.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown type '" + name
                        + "', expected one of region, organization, mechanism, document, metric, first"));
    }
}
