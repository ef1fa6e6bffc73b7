package org.fazhikg.extract;

import java.util.List;
import org.fazhikg.ReportMetadata;

/**
 * What every recognizer reads: the simplified text, its sentences (with sections), HanLP's
 * tokens over the whole text, and the report's metadata as known before extraction.
 */
record Analysis(String text, List<Sentence> sentences, List<Token> tokens, ReportMetadata metadata) {
    Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return sentences.isEmpty() ? null : sentences.get(Math.max(0, Math.min(lo, sentences.size() - 1)));
    }
}
