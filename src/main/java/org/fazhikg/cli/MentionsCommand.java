package org.fazhikg.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import org.fazhikg.Document;
import org.fazhikg.Pipeline;
import org.fazhikg.evaluate.MentionTable;
import org.fazhikg.gazetteer.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "Extract and link only (no store); write every mention as CSV: "
                + "doc,type,mention,canonical,value,unit,scope,start,end,sentence,iri.")
final class MentionsCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "data/reports", description = "Folder of reports (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", required = true, description = "CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = new Pipeline(Gazetteer.load());
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = MentionTable.csvPrinter(w)) {
            for (Document d : Reports.read(data)) {
                MentionTable.print(printer, MentionTable.rows(pipeline.analyse(d), r -> ""));
            }
        }
        return Exits.OK;
    }
}
