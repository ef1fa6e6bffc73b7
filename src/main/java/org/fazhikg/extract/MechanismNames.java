package org.fazhikg.extract;

import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a mechanism mention into its canonical name and kind: quote marks and a leading region word
 * go (区事件“大分拨”平台 → 事件大分拨平台), 新 before the head goes (新模式 → 模式), and known variants
 * become their vocabulary name (执法“三项制度” → 行政执法三项制度).
 */
final class MechanismNames {
    /** A leading region word; a bare 区/市/省/县 only where it is not the start of another word (市场, 区域). */
    private static final Pattern REGION_WORD = Pattern.compile(
            "^(?:全国|全省|全市|全区|全县|全州|全盟|全旗|我省|我市|我区|我县|我州|本省|本市|本区|本县"
                    + "|[省市区县州](?![域级场块属直情长委内外辖民容貌]))");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[、，,；;：:。\\s]+");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”‘’「」『』\"＂]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern NEW_BEFORE_HEAD = Pattern.compile("新(?=(?:模式|机制|体系|平台|路径|格局|方式|举措)$)");
    /** Quoted phrases that read as rhetoric, not as the name of an initiative (一站式, 零门槛, 可视化). */
    private static final Pattern RHETORIC = Pattern.compile("^.{1,3}式$|^零.{1,3}$|^.{1,3}化$|^全.{1,3}$");

    /** Numbered formulas (“1+8”, “3+X”, “721”) name set-ups of an initiative, never figures of speech. */
    private static final Pattern FORMULA = Pattern.compile("[0-9０-９+＋]");

    private final MechanismVocabulary vocabulary;
    private final MechanismGrammar grammar;

    /** A canonical name and kind (initiative | slogan). */
    record Named(String canonical, String kind) {}

    MechanismNames(MechanismVocabulary vocabulary, MechanismGrammar grammar) {
        this.vocabulary = vocabulary;
        this.grammar = grammar;
    }

    /**
     * The canonical name and kind of a mention.
     *
     * @param mention       the mention as written, quote marks included
     * @param placeLengthAt the length of a place name starting at an offset into the mention, 0 if none
     */
    Named name(String mention, IntUnaryOperator placeLengthAt) {
        int at = regionPrefixLength(mention, placeLengthAt);
        // A region word cut from a coordination (州、县) leaves no mark at the start of a name.
        String name = LEADING_MARKS.matcher(clean(mention.substring(at))).replaceFirst("");
        String key = SPACES.matcher(name).replaceAll("");
        var known = vocabulary.lookup(key);
        if (known.isPresent()) return new Named(known.get().canonical(), known.get().kind());
        String kind = grammar.endsWithHead(key) || !sloganLike(key) ? MechanismVocabulary.INITIATIVE : MechanismVocabulary.SLOGAN;
        return new Named(name, kind);
    }

    /** Whether a quoted phrase without a head noun reads as a slogan or a figure of speech. */
    boolean sloganLike(String inner) {
        String key = SPACES.matcher(clean(inner)).replaceAll("");
        if (FORMULA.matcher(key).find()) return false;
        return key.length() <= 2 || vocabulary.isSlogan(key) || RHETORIC.matcher(key).matches();
    }

    /** Quote marks removed, runs of white space made one space, 新 before a final head dropped. */
    static String clean(String s) {
        String out = QUOTE_MARKS.matcher(s).replaceAll("");
        out = SPACES.matcher(out).replaceAll(" ").strip();
        return NEW_BEFORE_HEAD.matcher(out).replaceAll("");
    }

    /**
     * How many leading characters are region words (全国, 区, 市) or place names, as long as a name of
     * substance is left after them. Quoted text is never stripped: “法治武侯” is a name in itself.
     */
    private static int regionPrefixLength(String mention, IntUnaryOperator placeLengthAt) {
        int at = 0;
        while (at < mention.length() && !QUOTE_MARKS.matcher(mention.substring(at, at + 1)).matches()) {
            Matcher m = REGION_WORD.matcher(mention).region(at, mention.length());
            boolean regionWord = m.lookingAt();
            int len = regionWord ? m.end() - at : placeLengthAt.applyAsInt(at);
            // A place name is kept when little is left after it (绵阳法治网 stays whole).
            if (len <= 0 || MechanismGrammar.length(clean(mention.substring(at + len))) < (regionWord ? 2 : 5)) break;
            at += len;
        }
        return at;
    }
}
