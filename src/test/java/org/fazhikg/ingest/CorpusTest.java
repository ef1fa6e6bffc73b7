package org.fazhikg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fazhikg.Document;
import org.fazhikg.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    private static final Path FIXTURES = Path.of("src/test/resources/ingest");
    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void decodes_utf8_bom_gb18030_and_utf16_files_to_the_same_text() throws Exception {
        Corpus corpus = Corpus.open(FIXTURES.resolve("encodings"), gazetteer);
        String expected = Files.readString(FIXTURES.resolve("encodings/expected.txt.utf8"), StandardCharsets.UTF_8);
        assertEquals(List.of("gb18030.txt", "utf16be-bom.txt", "utf16le-bom.txt", "utf8-bom.txt", "utf8.txt"),
                corpus.sources().stream().map(Corpus.Source::file).toList());
        for (Corpus.Source source : corpus.sources()) {
            Document doc = corpus.read(source);
            // .txt text is kept character for character: CRLF stays, the no-break space stays, only the BOM goes
            String want = source.id().equals("gb18030") ? expected.replace("\n", "\r\n") : expected;
            assertEquals(want, doc.text(), source.file());
            assertEquals("青阳县司法局", doc.metadata().issuer(), source.file());
            assertEquals(2021, doc.metadata().year(), source.file());
        }
    }

    @Test
    void strips_the_page_around_the_report_and_keeps_one_line_per_paragraph() throws Exception {
        Corpus corpus = Corpus.open(FIXTURES.resolve("html"), gazetteer);
        Document doc = corpus.read(corpus.sources().get(0));
        assertEquals("gb2312-page.html", doc.file());
        // the header line naming the publisher stays, as it does above the title of a text report
        assertEquals("""
                信息来源：全椒县人民政府办公室 发布时间：2022-03-28 09:30:00
                全椒县人民政府关于2021年度法治政府建设情况的报告
                2021年，全椒县坚持以法治思维和法治方式推进各项工作， 法治政府建设取得新成效。现将有关情况报告如下：
                一、主要工作成效
                （一）全面履行政府职能。深化“放管服”改革，公布权责清单事项4216项。
                1.推进“一网通办”。政务服务事项网上可办率达到98%。
                （二）加强行政执法监督。组织开展行政执法案卷评查，评查案卷320卷。
                指标\t数量
                行政复议案件\t35件
                二、存在的问题
                部分单位对法治政府建设重视不够，执法人员素质有待提高。
                三、下一步工作安排
                持续深化行政执法“三项制度”，加强行政复议规范化建设。
                全椒县人民政府
                2022年3月25日""", doc.text());
        assertEquals("全椒县人民政府关于2021年度法治政府建设情况的报告", doc.metadata().title());
        assertEquals("全椒县人民政府", doc.metadata().issuer());
        assertEquals("全椒县", doc.metadata().region());
        assertEquals(2021, doc.metadata().year());
        assertEquals(LocalDate.of(2022, 3, 28), doc.metadata().published());
    }

    @Test
    void joins_a_text_hard_wrapped_at_a_fixed_width_back_into_paragraphs(@TempDir Path dir) throws Exception {
        String title = "青阳县司法局2021年法治政府建设年度报告";
        String paragraph = "2021年，我局全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，"
                + "全年审查规范性文件18件，办理行政复议案件41件，依法纠错6件，在全市率先实现行政复议案件网上办理，"
                + "群众满意率达到98.6%。";
        StringBuilder wrapped = new StringBuilder(title);
        for (int i = 0; i < paragraph.length(); i += 22) {
            wrapped.append("\r\n").append(paragraph, i, Math.min(paragraph.length(), i + 22));
        }
        Files.write(dir.resolve("wrapped.txt"), wrapped.toString().getBytes("GB18030"));
        Corpus corpus = Corpus.open(dir, gazetteer);
        Document doc = corpus.read(corpus.sources().get(0));
        assertEquals(title + "\n" + paragraph, doc.text());
        assertEquals("青阳县司法局", doc.metadata().issuer());
    }

    @Test
    void reads_an_htm_page_titled_only_in_its_head() throws Exception {
        Corpus corpus = Corpus.open(FIXTURES.resolve("html"), gazetteer);
        Document doc = corpus.read(corpus.sources().get(1));
        assertEquals("upper-case.HTM", doc.file());
        assertEquals("upper-case", doc.id());
        assertEquals("定远县2022年法治政府建设年度报告\n2022年，定远县扎实推进法治政府建设。\n一、主要举措\n（一）完善依法决策机制。", doc.text());
        assertEquals(2022, doc.metadata().year());
        assertEquals("定远县", doc.metadata().region());
    }

    @Test
    void finds_report_files_by_extension_in_any_case_and_at_any_depth(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("2021/hubei"));
        Files.writeString(dir.resolve("2021/hubei/b.HTM"), "<p>某县2021年法治政府建设年度报告</p>");
        Files.writeString(dir.resolve("a.txt"), "报告");
        Files.writeString(dir.resolve("README.md"), "not a report");
        Files.writeString(dir.resolve("notes.csv"), "x,y");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/c.txt"), "hidden");
        List<Corpus.Source> sources = Corpus.open(dir, gazetteer).sources();
        assertEquals(List.of("2021/hubei/b.HTM", "a.txt"), sources.stream().map(Corpus.Source::file).toList());
        assertEquals(List.of("b", "a"), sources.stream().map(Corpus.Source::id).toList());
    }

    @Test
    void skips_an_empty_file_with_a_message_naming_it() throws Exception {
        IngestException e = assertThrows(IngestException.class, () -> read("broken", "empty"));
        assertEquals(FIXTURES.resolve("broken/empty.txt") + ": empty file, skipped", e.getMessage());
    }

    @Test
    void skips_a_binary_file_with_a_message_naming_it() throws Exception {
        IngestException e = assertThrows(IngestException.class, () -> read("broken", "binary"));
        assertEquals(FIXTURES.resolve("broken/binary.txt") + ": binary content (NUL bytes at offset 8), skipped", e.getMessage());
    }

    @Test
    void skips_bytes_that_decode_to_no_sane_text() throws Exception {
        IngestException e = assertThrows(IngestException.class, () -> read("broken", "garbage"));
        assertTrue(e.getMessage().startsWith(FIXTURES.resolve("broken/garbage.txt") + ": unreadable text ("), e.getMessage());
        assertTrue(e.getMessage().endsWith(", skipped"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void reads_the_other_files_of_a_folder_with_broken_ones() throws Exception {
        assertEquals("东至县", read("broken", "ok").metadata().region());
    }

    @Test
    void rejects_a_missing_folder(@TempDir Path dir) {
        IngestException e = assertThrows(IngestException.class, () -> Corpus.open(dir.resolve("nope"), gazetteer));
        assertEquals(dir.resolve("nope") + ": no such folder (give a folder of .txt, .html, .htm report files)", e.getMessage());
    }

    @Test
    void rejects_a_folder_without_reports(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "x");
        IngestException e = assertThrows(IngestException.class, () -> Corpus.open(dir, gazetteer));
        assertEquals(dir + ": no report files found (looked for .txt, .html, .htm at any depth)", e.getMessage());
    }

    @Test
    void rejects_two_reports_with_the_same_id(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r1.txt"), "x");
        Files.writeString(dir.resolve("r1.html"), "<p>x</p>");
        IngestException e = assertThrows(IngestException.class, () -> Corpus.open(dir, gazetteer));
        assertEquals(dir + ": r1.html and r1.txt have the same id 'r1' (the file name without extension names the report; rename one)",
                e.getMessage());
    }

    @Test
    void manifest_values_win_and_files_not_in_the_manifest_are_still_read(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "凤阳县司法局2019年度法治政府建设工作报告\n2019年,我局全面推进依法行政。\n");
        Files.writeString(dir.resolve("b.txt"), "明光市2020年法治政府建设年度报告\n2020年,明光市持续推进依法行政。\n");
        Files.writeString(dir.resolve("manifest.csv"), "file,issuer,published\na.txt,凤阳县人民政府,2020/2/3\n");
        Corpus corpus = Corpus.open(dir, gazetteer);
        Document a = corpus.read(corpus.sources().get(0));
        assertEquals("凤阳县人民政府", a.metadata().issuer());
        assertEquals("凤阳县", a.metadata().region());
        assertEquals(2019, a.metadata().year());
        assertEquals(LocalDate.of(2020, 2, 3), a.metadata().published());
        Document b = corpus.read(corpus.sources().get(1));
        assertEquals("明光市", b.metadata().region());
        assertEquals(2020, b.metadata().year());
        assertNull(b.metadata().issuer());
    }

    @Test
    void reads_one_corpus_from_many_threads() throws Exception {
        Corpus corpus = Corpus.open(FIXTURES.resolve("encodings"), gazetteer);
        List<String> once = corpus.sources().stream().map(s -> uncheckedRead(corpus, s).text()).toList();
        List<String> parallel = corpus.sources().parallelStream().map(s -> uncheckedRead(corpus, s).text()).toList();
        assertEquals(once, parallel);
    }

    private static Document uncheckedRead(Corpus corpus, Corpus.Source s) {
        try {
            return corpus.read(s);
        } catch (IngestException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    private static Document read(String folder, String id) throws IngestException {
        Corpus corpus = Corpus.open(FIXTURES.resolve(folder), gazetteer);
        return corpus.read(corpus.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow());
    }
}
