package org.fazhikg.evaluate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fazhikg.extract.Kind;

/**
 * An answer key: a folder of JSON files in the dev-gold format (one per report, naming the
 * report's file), read into gold items per report id (the file name without extension).
 */
final class AnswerKey {
    private AnswerKey() {}

    /** Gold items by report id, sorted by id. */
    static Map<String, List<GoldItem>> read(Path dir) {
        if (!Files.isDirectory(dir)) throw new EvaluationException("gold folder not found: " + dir);
        Map<String, List<GoldItem>> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new EvaluationException("cannot list gold folder " + dir + ": " + e.getMessage());
        }
        if (files.isEmpty()) throw new EvaluationException(dir + ": no .json answer files (expected one per report, dev-gold format)");
        for (Path f : files) {
            JsonObject json;
            try {
                json = JSON.parse(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                throw new EvaluationException(f + ": not a JSON answer file: " + firstLine(e.getMessage()));
            }
            String file = string(json, "file", f);
            String id = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
            out.put(id, items(json, f));
        }
        return out;
    }

    private static List<GoldItem> items(JsonObject json, Path f) {
        List<GoldItem> out = new ArrayList<>();
        for (JsonValue v : array(json, "regions", f))
            out.add(new GoldItem(Kind.REGION, null, field(v, "canonical"), null, null, null, null));
        for (JsonValue v : array(json, "organizations", f))
            out.add(new GoldItem(Kind.ORGANIZATION, field(v, "mention"), field(v, "canonical"), field(v, "type"), null, null, null));
        for (JsonValue v : array(json, "mechanisms", f))
            out.add(new GoldItem(Kind.MECHANISM, field(v, "mention"), field(v, "canonical"), field(v, "kind"), null, null, null));
        for (JsonValue v : array(json, "documents", f)) {
            String title = v.isString() ? v.getAsString().value() : field(v, "canonical");
            out.add(new GoldItem(Kind.DOCUMENT, title, title, null, null, null, null));
        }
        for (JsonValue v : array(json, "metrics", f)) {
            JsonValue value = v.getAsObject().get("value");
            BigDecimal number = value.isNumber() ? new BigDecimal(value.getAsNumber().value().toString())
                    : new BigDecimal(value.getAsString().value());
            out.add(new GoldItem(Kind.METRIC, field(v, "text"), field(v, "subject"), null, number, field(v, "unit"), null));
        }
        for (JsonValue v : array(json, "firsts", f))
            out.add(new GoldItem(Kind.FIRST, field(v, "text"), field(v, "what"), null, null, null, field(v, "scope")));
        return out;
    }

    private static List<JsonValue> array(JsonObject json, String key, Path f) {
        JsonValue v = json.get(key);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new EvaluationException(f + ": '" + key + "' must be an array");
        JsonArray a = v.getAsArray();
        return a;
    }

    private static String string(JsonObject json, String key, Path f) {
        JsonValue v = json.get(key);
        if (v == null || !v.isString()) throw new EvaluationException(f + ": missing string field '" + key + "'");
        return v.getAsString().value();
    }

    private static String field(JsonValue v, String key) {
        JsonValue x = v.getAsObject().get(key);
        return x == null || x.isNull() ? null : x.isString() ? x.getAsString().value() : x.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
