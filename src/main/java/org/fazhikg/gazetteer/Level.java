package org.fazhikg.gazetteer;

/** Administrative level of a region; {@link #id()} is the name used in the ontology and gold files. */
public enum Level {
    PROVINCE("province"), CITY("city"), DISTRICT("district"), COUNTY("county"),
    SUBDISTRICT("subdistrict"), COMMUNITY("community");

    private final String id;

    Level(String id) { this.id = id; }

    public String id() { return id; }
}
