package org.fazhikg.cli;

import java.util.concurrent.Callable;
import org.fazhikg.rdf.RdfMapper;
import org.fazhikg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the graph against the SHACL shapes of ontology/shapes.ttl; exit 1 when it does not conform.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        GraphStore.Validation v;
        try (GraphStore s = store.open()) {
            v = s.validate(RdfMapper.shapes());
        }
        if (v.conforms()) {
            spec.commandLine().getOut().println("conforms: the graph satisfies every shape of ontology/shapes.ttl");
            return Exits.OK;
        }
        spec.commandLine().getOut().print(v.report());
        spec.commandLine().getErr().println("fazhi-kg: the graph does not conform: " + v.violations() + " violation(s), listed above");
        return Exits.USER_ERROR;
    }
}
