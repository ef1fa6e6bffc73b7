package org.fazhikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.fazhikg.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    private static final Set<String> REPORTS = Set.of("a.txt", "sub/b.html");

    @TempDir
    Path dir;

    @Test
    void reads_every_column_and_leaves_empty_cells_unknown() throws Exception {
        Map<String, ReportMetadata> m = read("""
                file,title,issuer,region,year,published,source_url
                a.txt,某县2021年法治政府建设年度报告,某县司法局,某县,2021,2022-01-05,https://example.org/a.html
                sub/b.html,,,,,,
                """);
        assertEquals(new ReportMetadata("某县2021年法治政府建设年度报告", "某县司法局", "某县", 2021,
                LocalDate.of(2022, 1, 5), "https://example.org/a.html"), m.get("a.txt"));
        assertEquals(ReportMetadata.EMPTY, m.get("sub/b.html"));
    }

    @Test
    void accepts_the_usual_ways_of_writing_a_date() throws Exception {
        for (String published : new String[] {"2021-01-05", "2021/1/5", "2021年1月5日", "2021-01-05 14:11:08"}) {
            Map<String, ReportMetadata> m = read("file,published\na.txt," + published + "\n");
            assertEquals(LocalDate.of(2021, 1, 5), m.get("a.txt").published(), published);
        }
    }

    @Test
    void accepts_only_the_file_column_in_any_order_with_a_bom_and_crlf() throws Exception {
        Map<String, ReportMetadata> m = read("\uFEFFyear,file\r\n2020,a.txt\r\n");
        assertEquals(2020, m.get("a.txt").year());
    }

    @Test
    void reads_a_manifest_saved_as_gb18030() throws Exception {
        Files.write(dir.resolve("manifest.csv"), "file,issuer\na.txt,某市人民政府办公室\n".getBytes(Charset.forName("GB18030")));
        assertEquals("某市人民政府办公室", Manifest.read(dir.resolve("manifest.csv"), REPORTS).get("a.txt").issuer());
    }

    @Test
    void rejects_unknown_column_listing_the_allowed_ones() {
        assertError("file,author\na.txt,x\n",
                "[line 1]: unknown column 'author' (allowed: file, title, issuer, region, year, published, source_url)");
    }

    @Test
    void rejects_a_header_without_file_column() {
        assertError("title,year\nx,2020\n",
                "[line 1]: no 'file' column; the header must name it (allowed: file, title, issuer, region, year, published, source_url)");
    }

    @Test
    void rejects_a_column_named_twice() {
        assertError("file,year,year\na.txt,2020,2021\n", "[line 1]: column 'year' appears twice");
    }

    @Test
    void rejects_a_bad_year_with_its_line_number() {
        assertError("file,year\n\nsub/b.html,2020\na.txt,abc\n", "[line 4]: year 'abc' is not a year (expected 4 digits, e.g. 2021)");
    }

    @Test
    void counts_lines_of_quoted_cells_that_span_lines() {
        assertError("file,title,year\nsub/b.html,\"两行\n标题\",2020\na.txt,,20x1\n", "[line 4]: year '20x1' is not a year (expected 4 digits, e.g. 2021)");
    }

    @Test
    void rejects_a_bad_date_naming_the_accepted_forms() {
        assertError("file,published\na.txt,2021-02-30\n",
                "[line 2]: published '2021-02-30' is not a date (expected 2021-01-05, 2021/1/5 or 2021年1月5日)");
    }

    @Test
    void rejects_a_source_url_that_is_not_a_web_address() {
        assertError("file,source_url\na.txt,www.example.org\n",
                "[line 2]: source_url 'www.example.org' is not a web address (expected http://… or https://…)");
    }

    @Test
    void rejects_a_row_whose_file_does_not_exist() {
        assertError("file\na.txt\nc.txt\n", "[line 3]: file 'c.txt' does not exist in " + dir);
    }

    @Test
    void rejects_a_row_naming_a_file_that_is_not_a_report() throws Exception {
        Files.writeString(dir.resolve("README.md"), "x");
        assertError("file\nREADME.md\n", "[line 2]: file 'README.md' is not a report (allowed extensions: .txt, .html, .htm)");
    }

    @Test
    void rejects_a_file_listed_twice() {
        assertError("file,year\na.txt,2020\n./a.txt,2021\n", "[line 3]: file './a.txt' is already listed on line 2");
    }

    @Test
    void rejects_a_path_outside_the_folder() {
        assertError("file\n../a.txt\n", "[line 2]: file '../a.txt' must be a path inside the folder " + dir);
    }

    @Test
    void rejects_a_row_with_more_cells_than_columns() {
        assertError("file,year\na.txt,2020,extra\n", "[line 2]: 3 cells, but the header names 2 columns");
    }

    @Test
    void rejects_an_empty_file_cell() {
        assertError("file,year\n,2020\n", "[line 2]: the file cell is empty (give the report's path relative to the folder)");
    }

    private Map<String, ReportMetadata> read(String csv) throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), csv, StandardCharsets.UTF_8);
        return Manifest.read(dir.resolve("manifest.csv"), REPORTS);
    }

    private void assertError(String csv, String expectedAfterFileName) {
        IngestException e = assertThrows(IngestException.class, () -> read(csv));
        assertEquals(dir.resolve("manifest.csv") + " " + expectedAfterFileName, e.getMessage());
    }
}
