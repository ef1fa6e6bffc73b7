package org.fazhikg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the policy documents a report cites: every closed 《…》 title (〈…〉 may nest inside), one
 * mention per occurrence, named by the title without 《》 and categorised by its kind (法律, 条例,
 * 办法, 意见, 方案 …, see {@link DocumentKinds}). An 《 left open at the end of a line or sentence
 * yields nothing.
 */
final class DocumentRecognizer {
    private final DocumentKinds kinds;

    DocumentRecognizer() {
        this.kinds = DocumentKinds.load();
    }

    List<Mention> find(Analysis analysis) {
        String text = analysis.text();
        List<Mention> found = new ArrayList<>();
        for (QuoteSpan title : QuoteScanner.TITLES.find(text)) {
            String name = title.inner(text).strip();
            if (name.isEmpty()) continue;
            found.add(Mention.of(Kind.DOCUMENT, title.start(), title.end(), text.substring(title.start(), title.end()),
                    name, kinds.kindOf(name)));
        }
        return List.copyOf(found);
    }
}
