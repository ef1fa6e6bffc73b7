package org.fazhikg.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fazhikg.link.Linked;
import org.fazhikg.link.Resolved;

/**
 * The mentions table of linked reports, written as CSV with the header
 * {@code doc,type,mention,canonical,value,unit,scope,start,end,sentence,iri}.
 *
 * <pre>
 * List&lt;MentionRow&gt; rows = MentionTable.rows(linked, iris::of);
 * MentionTable.writeCsv(rows, writer);
 * </pre>
 */
public final class MentionTable {
    private MentionTable() {}

    /** The rows of one report, in the order of its mentions; {@code iriOf} names what each mention supports. */
    public static List<MentionRow> rows(Linked linked, Function<Resolved, String> iriOf) {
        List<MentionRow> out = new ArrayList<>(linked.mentions().size());
        String doc = linked.extraction().document().id();
        for (Resolved r : linked.mentions()) {
            var m = r.mention();
            String sentence = m.sentence() >= 0 ? linked.extraction().sentenceText(m.sentence()) : "";
            out.add(new MentionRow(doc, m.kind(), m.text(), r.canonical(), m.value(), m.unit(), m.scope(),
                    m.start(), m.end(), sentence, iriOf.apply(r)));
        }
        return out;
    }

    public static CSVPrinter csvPrinter(Writer out) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader(MentionRow.HEADER.toArray(String[]::new))
                .setRecordSeparator("\n").get().print(out);
    }

    public static void print(CSVPrinter printer, List<MentionRow> rows) throws IOException {
        for (MentionRow row : rows) printer.printRecord(row.cells());
    }
}
