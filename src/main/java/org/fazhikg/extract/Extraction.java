package org.fazhikg.extract;

import java.util.List;
import org.fazhikg.Document;

/**
 * What the extractor found in one report. {@code document.text()} is the simplified text all
 * offsets refer to; mentions are sorted by start offset, then kind.
 */
public record Extraction(Document document, List<Sentence> sentences, List<Mention> mentions) {
    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public String sentenceText(int index) {
        Sentence s = sentences.get(index);
        return document.text().substring(s.start(), s.end());
    }
}
