package org.fazhikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhikg.Document;
import org.fazhikg.ReportMetadata;
import org.fazhikg.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample corpus shipped in data/reports, read as the build reads it. */
class SampleReportsTest {
    private static final Path REPORTS = Path.of("data/reports");
    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void reads_the_five_sample_reports_with_their_manifest_metadata() throws Exception {
        Corpus corpus = Corpus.open(REPORTS, gazetteer);
        List<String> ids = corpus.sources().stream().map(Corpus.Source::id).toList();
        assertEquals(List.of("000_a1b61565e346d1ca", "001_62e1d0a8f304dd6a", "002_63d2905e8c23f24d",
                "003_6d20824e0f820425", "004_0a738a567bbc26ac"), ids);

        List<Document> docs = read(corpus);
        assertMetadata(docs.get(0), "罗湖区司法局", "罗湖区", 2020);
        assertMetadata(docs.get(1), "深圳市坪山区人民政府", "坪山区", 2020);
        assertMetadata(docs.get(2), "广州市海珠区司法局", "海珠区", 2022);
        assertMetadata(docs.get(3), "龙华区司法局", "龙华区", 2023);
        assertMetadata(docs.get(4), "襄阳市司法局", "襄阳市", 2020);
        assertEquals(LocalDate.of(2021, 1, 5), docs.get(1).metadata().published());
        assertEquals("襄阳市司法局2020年法治政府建设年度报告", docs.get(4).metadata().title());
    }

    @Test
    void keeps_the_text_of_each_sample_exactly_as_in_the_file() throws Exception {
        Corpus corpus = Corpus.open(REPORTS, gazetteer);
        for (Document doc : read(corpus)) {
            String file = Files.readString(REPORTS.resolve(doc.file()), StandardCharsets.UTF_8);
            assertEquals(file, doc.text(), doc.file());
            assertEquals(doc.id() + ".txt", doc.file());
        }
    }

    /** Without the manifest, inference alone finds what the text states (003 names no issuer, 002 no date). */
    @Test
    void infers_the_manifest_values_from_the_texts_alone(@TempDir Path dir) throws Exception {
        for (Path f : Files.list(REPORTS).filter(p -> p.toString().endsWith(".txt")).toList()) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        List<Document> inferred = read(Corpus.open(dir, gazetteer));
        List<Document> stated = read(Corpus.open(REPORTS, gazetteer));
        for (int i = 0; i < stated.size(); i++) {
            ReportMetadata want = stated.get(i).metadata();
            ReportMetadata got = inferred.get(i).metadata();
            String file = stated.get(i).file();
            assertEquals(want.title(), got.title(), file + " title");
            assertEquals(i == 3 ? null : want.issuer(), got.issuer(), file + " issuer");
            assertEquals(want.region(), got.region(), file + " region");
            assertEquals(want.year(), got.year(), file + " year");
            assertEquals(want.published(), got.published(), file + " published");
        }
    }

    private static List<Document> read(Corpus corpus) throws IngestException {
        List<Document> out = new ArrayList<>();
        for (Corpus.Source s : corpus.sources()) out.add(corpus.read(s));
        return out;
    }

    private static void assertMetadata(Document doc, String issuer, String region, int year) {
        assertEquals(issuer, doc.metadata().issuer(), doc.file() + " issuer");
        assertEquals(region, doc.metadata().region(), doc.file() + " region");
        assertEquals(year, doc.metadata().year(), doc.file() + " year");
    }
}
