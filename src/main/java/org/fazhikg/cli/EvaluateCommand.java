package org.fazhikg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhikg.Pipeline;
import org.fazhikg.evaluate.Evaluation;
import org.fazhikg.evaluate.MentionTable;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.ingest.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 per type against an answer key (a folder in the dev-gold format).")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, description = "Folder of answer files (NNN.json, dev-gold format).")
    Path gold;

    @Mixin
    DataOption data;

    @Option(names = "--details", description = "Also list missing and unexpected items per report and type.")
    boolean details;

    @Override
    public Integer call() {
        Gazetteer gazetteer = Gazetteer.load();
        Corpus corpus = Corpus.open(data.dir, gazetteer);
        Pipeline pipeline = new Pipeline(gazetteer);
        Map<String, Corpus.Source> byId = corpus.sources().stream()
                .collect(Collectors.toMap(Corpus.Source::id, Function.identity()));
        Evaluation e = Evaluation.run(gold, id -> Optional.ofNullable(byId.get(id))
                .map(s -> pipeline.mentionRows(corpus.read(s))));
        var out = spec.commandLine().getOut();
        if (details) out.print(e.details());
        if (!e.reportsWithoutText().isEmpty())
            out.println("reports of the key not found in " + data.dir + ": " + String.join(", ", e.reportsWithoutText()));
        out.print(e.table());
        return Exits.OK;
    }
}
