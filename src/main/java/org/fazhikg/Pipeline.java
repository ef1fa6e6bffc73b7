package org.fazhikg;

import org.fazhikg.extract.Extractor;
import org.fazhikg.gazetteer.Gazetteer;
import org.fazhikg.link.Linked;
import org.fazhikg.link.Linker;

/**
 * The flow of one report: {@code Document -> extract -> link}. Build one per process: the
 * gazetteer and HanLP's dictionaries load once, here, before any worker thread starts;
 * {@link #analyse} is then safe to call from many threads.
 *
 * <pre>
 * Pipeline pipeline = new Pipeline(Gazetteer.load());
 * Linked linked = pipeline.analyse(document);
 * </pre>
 */
public final class Pipeline {
    private final Extractor extractor;
    private final Linker linker;

    public Pipeline(Gazetteer gazetteer) {
        this.extractor = new Extractor(gazetteer);
        this.linker = new Linker(gazetteer);
    }

    public Linked analyse(Document document) {
        return linker.link(extractor.extract(document));
    }
}
