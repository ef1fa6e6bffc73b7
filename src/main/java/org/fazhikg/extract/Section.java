package org.fazhikg.extract;

/** The part of a report a sentence stands in, from the report's headings. */
public enum Section {
    ACHIEVEMENTS("achievements"), SHORTCOMINGS("shortcomings"), PLANS("plans"), OTHER("other");

    private final String id;

    Section(String id) { this.id = id; }

    /** Lower-case name used in the ontology and CSV. */
    public String id() { return id; }
}
