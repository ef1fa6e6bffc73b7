package org.fazhikg;

import java.time.LocalDate;

/**
 * What is known about a report besides its text, from the manifest or inferred from the text.
 * Every field may be null when unknown.
 *
 * @param title     the report's title line
 * @param issuer    the issuing body as written (朝阳区司法局, 成都市武侯区人民政府)
 * @param region    the issuer's region as written (朝阳区, 绵阳市)
 * @param year      the year reported on (not the publication year)
 * @param published the publication date
 * @param sourceUrl where the report was published
 */
public record ReportMetadata(String title, String issuer, String region, Integer year,
                             LocalDate published, String sourceUrl) {
    public static final ReportMetadata EMPTY = new ReportMetadata(null, null, null, null, null, null);

    /** Fills each unknown field of this from {@code other}; known fields win. */
    public ReportMetadata orElse(ReportMetadata other) {
        return new ReportMetadata(
                title != null ? title : other.title,
                issuer != null ? issuer : other.issuer,
                region != null ? region : other.region,
                year != null ? year : other.year,
                published != null ? published : other.published,
                sourceUrl != null ? sourceUrl : other.sourceUrl);
    }
}
