package org.fazhikg.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import org.fazhikg.Pipeline;
import org.fazhikg.evaluate.MentionTable;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.ingest.Corpus;
import org.fazhikg.ingest.IngestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "Extract and link only (no store); write every mention as CSV: "
                + "doc,type,mention,canonical,value,unit,scope,start,end,sentence,iri.")
final class MentionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--out", required = true, description = "CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Gazetteer gazetteer = Gazetteer.load();
        Corpus corpus = Corpus.open(data.dir, gazetteer);
        Pipeline pipeline = new Pipeline(gazetteer);
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        int skipped = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = MentionTable.csvPrinter(w)) {
            for (Corpus.Source s : corpus.sources()) {
                try {
                    MentionTable.print(printer, pipeline.mentionRows(corpus.read(s)));
                } catch (IngestException e) {
                    spec.commandLine().getErr().println("warning: " + e.getMessage());
                    skipped++;
                }
            }
        }
        if (skipped > 0) spec.commandLine().getErr().println(skipped + " file(s) skipped");
        return Exits.OK;
    }
}
