package org.fazhikg.extract;

/** A sentence of the report: character offsets [start, end) into the simplified text, and its section. */
public record Sentence(int index, int start, int end, Section section) {
    public boolean contains(int offset) { return offset >= start && offset < end; }
}
