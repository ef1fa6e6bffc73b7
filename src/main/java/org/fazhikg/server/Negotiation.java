package org.fazhikg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the response format from an HTTP Accept header (RFC 9110 §12.5.1): each offered type
 * takes the quality of the most specific range that matches it ({@code text/turtle} over
 * {@code text/*} over {@code *}{@code /*}); q=0 refuses it. The best quality wins, then the more
 * specific range (so {@code text/csv, *}{@code /*} gives CSV), then the server's order of offers.
 * No header, or one that cannot be parsed at all, accepts anything.
 */
final class Negotiation {
    private record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            return (type.equals("*") || type.equals(mediaType.substring(0, slash)))
                    && (subtype.equals("*") || subtype.equals(mediaType.substring(slash + 1)));
        }
    }

    private record Score(double q, int specificity) {
        boolean beats(Score other) {
            return q > other.q || q == other.q && specificity > other.specificity;
        }
    }

    private static final Score REFUSED = new Score(0, -1);

    private Negotiation() {}

    /** The media type of a Content-Type header value, lower case, without parameters; "" for none. */
    static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The format of a response: {@code format=} when given (a browser link cannot set Accept, so
     * the explicit parameter wins), else the Accept header.
     *
     * @throws HttpError 400 for an unknown {@code format=} value, 406 when Accept allows none of the offers
     */
    static Format choose(String formatParam, String accept, List<Format> offers) {
        if (formatParam != null && !formatParam.isBlank()) {
            return Format.byName(formatParam, offers).orElseThrow(() -> HttpError.badRequest("unknown format="
                    + formatParam + "; allowed here: " + String.join(", ", offers.stream().map(f -> f.name).toList())));
        }
        return choose(accept, offers).orElseThrow(() -> HttpError.notAcceptable(accept, offers));
    }

    /** The best of {@code offers} for the header, in the offers' order on a tie; empty when none is acceptable. */
    static Optional<Format> choose(String accept, List<Format> offers) {
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) return offers.stream().findFirst();
        Format best = null;
        Score bestScore = REFUSED;
        for (Format offer : offers) {
            Score score = score(offer, ranges);
            if (score.q > 0 && score.beats(bestScore)) {
                best = offer;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The score of the format: that of its media type, or of another name clients use for it
     * when the header names that one explicitly (application/json for JSON results); a wildcard
     * never reaches a format through another name, and naming the main type with q=0 refuses it.
     */
    private static Score score(Format offer, List<Range> ranges) {
        Score best = score(offer.mediaType, ranges);
        if (best.q == 0 && best.specificity == 2) return best;
        for (String other : offer.otherMediaTypes) {
            Score s = score(other, ranges);
            if (s.specificity == 2 && s.q > 0 && s.beats(best)) best = s;
        }
        return best;
    }

    private static Score score(String mediaType, List<Range> ranges) {
        Range match = null;
        for (Range r : ranges)
            if (r.matches(mediaType) && (match == null || r.specificity() > match.specificity())) match = r;
        return match == null ? REFUSED : new Score(match.q, match.specificity());
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        if (accept == null) return ranges;
        for (String item : accept.split(",")) {
            String[] parts = item.split(";");
            String range = parts[0].strip().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) continue; // not a media range: ignore it
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].strip().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) q = quality(param.substring(2));
            }
            if (!Double.isNaN(q)) ranges.add(new Range(range.substring(0, slash), range.substring(slash + 1), q));
        }
        return ranges;
    }

    private static double quality(String value) {
        try {
            double q = Double.parseDouble(value.strip());
            return q < 0 || q > 1 ? Double.NaN : q;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
