package org.fazhikg.extract;

/** A word from HanLP's segmenter with its part-of-speech tag (ns place, nt organisation …) and offset. */
record Token(String word, String nature, int start) {
    int end() { return start + word.length(); }
}
