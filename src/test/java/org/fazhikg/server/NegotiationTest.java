package org.fazhikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NegotiationTest {
    @Test
    void no_header_or_any_gives_the_first_offer() {
        assertEquals(Optional.of(Format.JSON), Negotiation.choose(null, Format.RESULTS));
        assertEquals(Optional.of(Format.JSON), Negotiation.choose("*/*", Format.RESULTS));
        assertEquals(Optional.of(Format.TURTLE), Negotiation.choose("*/*", Format.GRAPHS));
    }

    @Test
    void the_highest_quality_wins() {
        assertEquals(Optional.of(Format.CSV), Negotiation.choose("application/sparql-results+json;q=0.5, text/csv", Format.RESULTS));
        assertEquals(Optional.of(Format.RDFXML), Negotiation.choose("text/turtle;q=0.1, application/rdf+xml;q=0.8", Format.GRAPHS));
    }

    @Test
    void an_explicit_type_beats_a_wildcard_of_equal_quality() {
        assertEquals(Optional.of(Format.TSV), Negotiation.choose("*/*, text/tab-separated-values", Format.RESULTS));
        assertEquals(Optional.of(Format.NTRIPLES), Negotiation.choose("application/*;q=0.5, application/n-triples;q=0.5", Format.GRAPHS));
    }

    @Test
    void the_most_specific_range_sets_the_quality_and_zero_refuses() {
        assertEquals(Optional.of(Format.XML), Negotiation.choose("application/sparql-results+json;q=0, */*", Format.RESULTS));
        assertEquals(Optional.empty(), Negotiation.choose("text/turtle;q=0", List.of(Format.TURTLE)));
    }

    @Test
    void other_names_of_a_type_are_understood() {
        assertEquals(Optional.of(Format.JSON), Negotiation.choose("application/json", Format.RESULTS));
        assertEquals(Optional.of(Format.JSONLD), Negotiation.choose("application/json", Format.GRAPHS));
        assertEquals(Optional.of(Format.HTML), Negotiation.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                LinkedData.OFFERS));
    }

    @Test
    void malformed_ranges_are_ignored() {
        assertEquals(Optional.of(Format.CSV), Negotiation.choose("garbage, text/csv;q=oops, text/csv", Format.RESULTS));
        assertEquals(Optional.of(Format.JSON), Negotiation.choose("nonsense", Format.RESULTS));
    }

    @Test
    void the_format_parameter_overrides_accept_and_unknown_values_are_400() {
        assertEquals(Format.CSV, Negotiation.choose("csv", "application/sparql-results+json", Format.RESULTS));
        HttpError unknown = assertThrows(HttpError.class, () -> Negotiation.choose("turtle", null, Format.RESULTS));
        assertEquals(400, unknown.status);
        HttpError refused = assertThrows(HttpError.class, () -> Negotiation.choose(null, "image/png", Format.RESULTS));
        assertEquals(406, refused.status);
    }
}
