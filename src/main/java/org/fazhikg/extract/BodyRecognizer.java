package org.fazhikg.extract;

import java.util.List;

/** Placeholder until its recognizer lands; finds nothing. */
final class BodyRecognizer {
    private final org.fazhikg.gazetteer.Gazetteer gazetteer;
    BodyRecognizer(org.fazhikg.gazetteer.Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> find(Analysis analysis) {
        return List.of();
    }
}
