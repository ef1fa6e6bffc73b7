package org.fazhikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.fazhikg.Build;
import org.fazhikg.Pipeline;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.ingest.Corpus;
import org.fazhikg.rdf.Iris;
import org.fazhikg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Ingest, extract, link and store every report of the data folder; "
                + "each report's graph is replaced in one transaction, so re-running is safe.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--store", defaultValue = "store", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--base-iri", defaultValue = "https://fazhi-kg.org/", description = "Base of minted IRIs (default: ${DEFAULT-VALUE}).")
    String baseIri;

    @Option(names = "--workers", description = "Extraction threads (default: the number of cores).")
    Integer workers;

    @Override
    public Integer call() {
        int threads = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        if (threads < 1) throw new org.fazhikg.UserException("--workers must be at least 1, got " + threads);
        build(data.dir, store, baseIri, threads, spec.commandLine().getOut(), spec.commandLine().getErr());
        return Exits.OK;
    }

    /** Builds {@code data} into the store at {@code store} with default settings; used by {@code up}. */
    static Build.Summary build(Path data, Path store, PrintWriter out) {
        return build(data, store, Iris.DEFAULT.base(), Runtime.getRuntime().availableProcessors(), out, out);
    }

    static Build.Summary build(Path data, Path storeDir, String baseIri, int threads, PrintWriter out, PrintWriter err) {
        Gazetteer gazetteer = Gazetteer.load();
        Corpus corpus = Corpus.open(data, gazetteer);
        Iris iris = new Iris(baseIri);
        Pipeline pipeline = new Pipeline(gazetteer, iris);
        Build.Summary s;
        try (GraphStore store = GraphStore.open(storeDir, iris); ProgressBar bar = progressBar(corpus.sources().size())) {
            s = Build.run(corpus, pipeline, store, threads, step -> {
                if (step.skipped()) err.println("warning: " + step.warning());
                if (bar != null) bar.step();
            });
        }
        out.printf(Locale.ROOT, "built %d report(s) into %s in %.1f s%n", s.reports(), storeDir, s.seconds());
        out.printf(Locale.ROOT, "  mentions: %d%n", s.mentions());
        out.printf(Locale.ROOT, "  entities: %s%n", s.entitiesByKind().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey().csv() + " " + e.getValue()).collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "  triples:  %d%n", s.triples());
        out.printf(Locale.ROOT, "  skipped:  %d file(s)%n", s.skipped().size());
        out.flush();
        return s;
    }

    /** A progress bar on the terminal, or none when the output is not one (logs, tests). */
    private static ProgressBar progressBar(int reports) {
        if (System.console() == null) return null;
        return new ProgressBarBuilder().setTaskName("build").setInitialMax(reports)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build();
    }
}
