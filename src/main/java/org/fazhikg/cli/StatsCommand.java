package org.fazhikg.cli;

import java.util.concurrent.Callable;
import org.fazhikg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count reports, triples and entities by class.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        GraphStore.Stats st;
        try (GraphStore s = store.open()) {
            st = s.stats();
        }
        var out = spec.commandLine().getOut();
        out.printf("reports: %d%ntriples: %d (union)%nquads:   %d%n", st.reports(), st.triples(), st.quads());
        st.entitiesByClass().forEach((c, n) -> out.printf("%-22s %d%n", c, n));
        return Exits.OK;
    }
}
