package org.fazhikg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhikg.Digits;

/**
 * Finds the measured numbers of a stretch of text: a number in Arabic or Chinese numerals with
 * its unit (146余场, 4万人次, 两次, 六成, 翻一番, 百分之九十, 一金一银), and leaves out numbers
 * that are no measure: years and dates, ordinals (第三次), codes and formulas (12348, 1+6+N),
 * numbers inside quotes or titles, rankings (前3名), streaks (连续3次), rates of a rule (每月1次),
 * names made of numerals (十项措施, 三项制度, 两个维护, 五大行动), time limits (5个工作日内) and durations (历时16年);
 * a processing time reached in the period (压缩至3个工作日, 3个工作日内办结) is a measure.
 */
final class MetricScanner {
    /**
     * A measured number: offsets [start, end) from the number (or 百分之 / 翻) to the end of its
     * unit; {@code label} names what is counted when the grammar knows it (金奖 in 一金一银), else null.
     */
    record Measure(int start, int end, BigDecimal value, String unit, String label) {
        Measure(int start, int end, BigDecimal value, String unit) {
            this(start, end, value, unit, null);
        }
    }

    private static final String SPACES = " \u00a0\u3000\t";
    private static final Pattern MEDALS = Pattern.compile(
            "([一二两三四五六七八九十0-9]{1,3})金([一二两三四五六七八九十0-9]{1,3})银(?:([一二两三四五六七八九十0-9]{1,3})铜)?");
    private static final Pattern DOUBLING = Pattern.compile("翻了?([一二两三四五六七八九十0-9]{1,3})番");
    private static final Pattern PERCENT_IN_WORDS = Pattern.compile("百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?");
    /** Characters that make a number part of a code, formula, date or range (1+6+N, 7×24, 12·4, 3-5). */
    private static final String FORMULA = "+＋×*~～-－—/·．";
    /** Characters before a Chinese numeral that make it part of a word (第一, 统一, 唯一, 星期一 …). */
    private static final String WORD_BEFORE_NUMERAL = "第初周之统唯同逐专某每任其期礼数几若";
    /** Nouns after 十项 / 两个 / 三大 … that make the numeral part of a name (十项措施, 两个维护, 四个意识). */
    private static final Pattern NAME_AFTER_NUMERAL = Pattern.compile(
            "^(?:措施|举措|制度|规定|机制|行动|工程|原则|要求|纪律|禁令|不准|严禁|维护|确立|意识|自信|全面|模式|体系|理念"
            + "|精神|工作法|标准|承诺|准则|清单|目标|重点|任务|攻坚|覆盖|全覆盖|坚持|责任|务必|代表|明确|区分|振兴|必须|转变|红线|底线|实事|民生实事|一)");
    private static final Pattern RANKING_BEFORE = Pattern.compile("(?:前|排名|位列|位居|名列)\\s*$");
    private static final Pattern STREAK_BEFORE = Pattern.compile("连续[\\s]*$");
    private static final Pattern RATE_OF_RULE_BEFORE = Pattern.compile("每[^，,。；;]{0,7}$");
    private static final Pattern TIME_LIMIT_AFTER = Pattern.compile("^(?:内|以内|之内)");
    /**
     * Words before a time that make it a time limit or a duration, not a measure of work (审批时限15天,
     * 历时16年), unless {@link #PROCESSING_TIME_BEFORE} reads it first; 服务时间累计5000小时 is work done and stays.
     */
    private static final Pattern DURATION_BEFORE = Pattern.compile(
            "缩短|压缩|压减|提速|时限|期限|用时|耗时|历时|历经|周期|为期|连续"
            + "|(?:办理|开办|办结|审批|办件|受理|审查|审核|登记|出证|发证)时间");
    /** Words after a time that make it the old value of a processing time (由20个工作日压缩至…). */
    private static final Pattern DURATION_AFTER = Pattern.compile("^(?:压缩|缩短|压减|减少|缩减|降)(?:至|到|为)");
    /**
     * Words before a time that make it the processing time achieved in the period (压缩至3个工作日以内, 压减至0.5个工作日,
     * 分别压缩至5个、3个工作日, 压缩至平均8.6日): an indicator of the year, unlike a time limit or a duration.
     */
    private static final Pattern PROCESSING_TIME_BEFORE = Pattern.compile(
            "(?:压缩|缩短|压减|缩减|减少|减|降低|降|提速)(?:至|到|为)(?:平均|原来的)?(?:[0-9０-９.．]+个?[、和])?$");
    /** The old processing time of 由20个工作日压缩至…; a statutory one (由法定的60日…) is the law's, not the period's. */
    private static final Pattern PROCESSING_TIME_FROM = Pattern.compile("由(?:原来的|原来|原先的|原先|原|以前的|过去的)?$");
    /** A time in which work was done (企业开办3个工作日内办结, 1个工作日办结): a processing time achieved. */
    private static final Pattern DONE_WITHIN_AFTER = Pattern.compile("^(?:内|以内|之内)?(?:办结|办完|完成办理)");
    /** Words before a time within which work must be done that make it a rule, not a result (法定15日内办结). */
    private static final Pattern RULE_BEFORE = Pattern.compile("法定|规定|应当|应在|须在|必须|要求");
    /** Separators of a list of numbers that share the unit written after the last (5个、3个工作日). */
    private static final String NUMBER_LIST = "、和及";
    /** Measure words of a count that can restate the length of a list before it (两条主线, 两类目录). */
    private static final Set<String> LIST_COUNT_UNITS = Set.of("条", "类", "个", "项", "大", "种", "方面", "支");
    /**
     * Nouns after 两条 / 三大 … that make a count of a political formula rather than a measure
     * (两条主线, 三大攻坚战, 五位一体总体布局), besides {@link #NAME_AFTER_NUMERAL}.
     */
    private static final Pattern FORMULA_NOUN_AFTER = Pattern.compile("^(?:主线|战略|布局|攻坚战|支柱|轮驱动|位一体|个全面)");
    /** Characters after 成 that make it a word (成立, 成员, 成功 …) rather than tenths (六成以上, 两成司法所). */
    private static final String NOT_AFTER_CHENG = "立员功为果效绩本熟交都型品就长才分";
    /** Hedges before a bare 百/千/万 that make it a figure (近百份). */
    private static final String APPROXIMATELY = "近超逾约";
    /** A count that names the field of a ranking (在全市333个街乡镇中…排名): no measure of work. */
    private static final Pattern RANKING_FIELD_AFTER = Pattern.compile("^[^，,。；;]{0,6}中[^，,。；;]{0,12}(?:排名|排第|排位|位列|位居|名列|进入前|居前|排在)");
    /** 实现每个行政村不少于6名: a coverage achieved, not a rate of a rule (每月1次). */
    private static final Pattern ACHIEVED_EACH = Pattern.compile("(?:实现|达到|做到)每[^，,。；;]{0,7}$");
    private static final Pattern TRAILING_HEDGE = Pattern.compile("^(?:以上|左右|上下|之多|有余)");
    private static final Pattern TRAILING_ALL = Pattern.compile("[均都皆]$");

    private final MetricVocabulary vocabulary;

    MetricScanner(MetricVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The measures in text[from, to); {@code quoted} marks characters inside quotes and titles. */
    List<Measure> scan(String text, int from, int to, boolean[] quoted) {
        List<Measure> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int next = i + 1;
            char c = text.charAt(i);
            if (c == '翻' || c == '百' || ChineseNumber.isNumeral(c) || isDigit(c)) {
                int end = special(text, i, to, quoted, out);
                if (end < 0) end = number(text, from, i, to, quoted, out);
                if (end > i) next = end;
            }
            i = next;
        }
        return out;
    }

    /** 一金一银, 翻一番, 百分之九十: returns the end of what was read, or -1. */
    private int special(String text, int at, int to, boolean[] quoted, List<Measure> out) {
        Matcher m = MEDALS.matcher(text).region(at, to);
        if (m.lookingAt()) {
            for (int g = 1; g <= 3; g++)
                if (m.group(g) != null)
                    out.add(new Measure(m.start(g), m.end(g) + 1, value(m.group(g)), "个", "金银铜".charAt(g - 1) + "奖"));
            return m.end();
        }
        if (quoted[at]) return -1;
        m = DOUBLING.matcher(text).region(at, to);
        if (m.lookingAt()) {
            out.add(new Measure(at, m.end(), value(m.group(1)), "番"));
            return m.end();
        }
        m = PERCENT_IN_WORDS.matcher(text).region(at, to);
        if (m.lookingAt()) {
            BigDecimal v = ChineseNumber.parse(m.group(1));
            if (m.group(2) != null) v = new BigDecimal(v.toBigInteger() + "." + ChineseNumber.parse(m.group(2)).toBigInteger());
            out.add(new Measure(at, m.end(), v, "%"));
            return m.end();
        }
        return -1;
    }

    /** A number at {@code at} with its unit; returns the end of what was read (adding a measure when it is one). */
    private int number(String text, int from, int at, int to, boolean[] quoted, List<Measure> out) {
        boolean arabic = isDigit(text.charAt(at));
        if (at > from && (arabic ? isDigit(text.charAt(at - 1)) || isLatin(text.charAt(at - 1))
                : ChineseNumber.isNumeral(text.charAt(at - 1)))) return at + 1;
        int end = at;
        if (arabic) {
            while (end < to && isDigit(text.charAt(end))) end++;
            while (end + 3 < to && text.charAt(end) == ',' && allDigits(text, end + 1, end + 4)
                    && (end + 4 >= to || !isDigit(text.charAt(end + 4)))) end += 4; // 12,307件
            if (end + 1 < to && (text.charAt(end) == '.' || text.charAt(end) == '．') && isDigit(text.charAt(end + 1))) {
                end++;
                while (end < to && isDigit(text.charAt(end))) end++;
            }
        } else {
            while (end < to && ChineseNumber.isNumeral(text.charAt(end))) end++;
        }
        String digits = text.substring(at, end);
        Numeral n;
        if (arabic && (digits.equals("0") || digits.equals("０"))) {
            Measure zero = zero(text, from, at, end, to, quoted);   // 纠错率为0, as 纠错率为零
            if (zero != null) {
                out.add(zero);
                return end;
            }
        }
        if (!arabic && digits.equals("零")) {
            Measure zero = zero(text, from, at, end, to, quoted);
            if (zero != null) out.add(zero);
            return end;
        }
        if (!arabic && (digits.equals("万") || digits.equals("亿"))) {
            if ((end >= to || (text.charAt(end) != '余' && text.charAt(end) != '多')) && !approximate(text, from, at)) return end; // 万人评议, 千家万户
            n = new Numeral(at, end, "1", digits, true);                                   // 万余件 → 1 万件
        } else if (!arabic && digits.length() > 1 && (digits.endsWith("万") || digits.endsWith("亿"))) {
            n = new Numeral(at, end, digits.substring(0, digits.length() - 1), digits.substring(digits.length() - 1), false);
        } else {
            n = new Numeral(at, end, digits, "", arabic);
        }
        Measure m = measure(text, from, to, n, quoted);
        if (m == null) return end;
        out.add(m);
        return m.end();
    }

    /** A number as written: its digits (Arabic or Chinese) and a 万/亿 written into it (三千五百万). */
    private record Numeral(int start, int end, String digits, String multiplier, boolean arabic) {
        BigDecimal value() {
            return MetricScanner.value(arabic, digits);
        }
    }

    private Measure measure(String text, int from, int to, Numeral n, boolean[] quoted) {
        if (quoted[n.start()] || isWordBefore(text, from, n.start(), n.arabic())) return null;
        if (!n.arabic() && (n.digits().equals("一") || n.digits().isEmpty())) return null; // 一 is mostly "a": 一批 一系列 统一部署
        int p = skip(text, n.end(), to, SPACES);
        if (p < to && FORMULA.indexOf(text.charAt(p)) >= 0) return null;
        if (p < to && (text.charAt(p) == '%' || text.charAt(p) == '％' || text.charAt(p) == '‰'))
            return n.arabic() ? new Measure(n.start(), extendOverHedge(text, p + 1, to), n.value(), text.charAt(p) == '‰' ? "‰" : "%") : null;
        boolean hedged = false;
        if (p < to && (text.charAt(p) == '余' || text.charAt(p) == '多')) { p++; hedged = true; }
        String multiplier = n.multiplier();
        if (multiplier.isEmpty()) {
            for (String x : new String[] {"千万", "百万", "万", "亿"})
                if (text.startsWith(x, p)) { multiplier = x; p += x.length(); break; }
        }
        if (!multiplier.isEmpty() && p < to && (text.charAt(p) == '余' || text.charAt(p) == '多')) { p++; hedged = true; }
        if (!n.arabic() && !hedged && isBarePlace(n.digits()) && multiplier.isEmpty() && !approximate(text, from, n.start())) return null; // 千家万户, 百姓; 近百份 stays
        String unit = unitAt(text, p, to, n.arabic());
        if (unit == null && multiplier.isEmpty() && p < to && text.charAt(p) == '日'
                && isProcessingTime(text.substring(Math.max(from, n.start() - 14), n.start()), text.substring(p + 1, Math.min(to, p + 7))))
            unit = "日"; // 压缩至平均8.6日: a day count only where a processing time is reported, never a date
        int end;
        if (unit != null) {
            end = p + unit.length();
            unit = sharedUnit(text, end, to, unit);
            if (unit.equals("大")) unit = "个";
        } else if (!multiplier.isEmpty() && (p >= to || !isHan(text.charAt(p)) || TRAILING_HEDGE.matcher(text.substring(p, Math.min(to, p + 2))).lookingAt())) {
            end = p; // 人口约30万
        } else {
            return null;
        }
        if (restatesList(text, from, n, unit)) return null;
        String before = text.substring(Math.max(from, n.start() - 10), n.start());
        String rest = text.substring(end, Math.min(to, end + 6));
        boolean achieved = ACHIEVED_EACH.matcher(text.substring(Math.max(from, n.start() - 12), n.start())).find();
        boolean time = unit != null && (isTime(unit) || unit.equals("日"));
        if (time && isProcessingTime(text.substring(Math.max(from, n.start() - 14), n.start()), rest))
            return new Measure(n.start(), extendOverHedge(text, end, to), n.value(), multiplier + unit);
        if (!isAllowed(n, unit, before, rest, achieved) || RANKING_FIELD_AFTER.matcher(text.substring(end, to)).find()) return null;
        return new Measure(n.start(), extendOverHedge(text, end, to), n.value(), multiplier + (unit == null ? "" : unit));
    }

    /**
     * Whether a count in words right after a list restates how many things the list names (紧扣脱贫攻坚和民族团结进步两条主线,
     * 印发决策事项和听证事项两类目录): the clause has exactly that many parts joined by 和 / 与 / 及 / 、.
     */
    private static boolean restatesList(String text, int from, Numeral n, String unit) {
        if (n.arabic() || unit == null || !LIST_COUNT_UNITS.contains(unit) || n.start() == from || !isHan(text.charAt(n.start() - 1)))
            return false;
        int count = n.value().intValue();
        if (count < 2 || count > 9) return false;
        String clause = text.substring(Sentences.clauseStart(text, from, n.start()), n.start());
        if (clause.chars().anyMatch(c -> isDigit((char) c))) return false;
        long joins = clause.chars().filter(c -> "和与及、".indexOf(c) >= 0).count();
        return joins == count - 1;
    }

    /**
     * Whether a time is a processing time of the period: reached by 压缩至 / 缩短至 …, the old value of 由…压缩至, or a time in
     * which work was done (3个工作日内办结) unless a rule sets it (法定15日内办结).
     */
    private static boolean isProcessingTime(String before, String rest) {
        if (PROCESSING_TIME_BEFORE.matcher(before).find()) return true;
        if (PROCESSING_TIME_FROM.matcher(before).find() && DURATION_AFTER.matcher(rest).find()) return true;
        return DONE_WITHIN_AFTER.matcher(rest).find() && !RULE_BEFORE.matcher(before).find();
    }

    /** Whether the words around a number with its unit leave it a measure (not a ranking, streak, rule, name or time limit). */
    private static boolean isAllowed(Numeral n, String unit, String before, String rest, boolean achievedEach) {
        if (RANKING_BEFORE.matcher(before).find() || STREAK_BEFORE.matcher(before).find()
                || !achievedEach && RATE_OF_RULE_BEFORE.matcher(before).find()) return false;
        if ("对".equals(unit) && !rest.isEmpty() && isDigit(rest.charAt(0))) return false;   // 1对1
        if (!n.arabic() && unit != null && (NAME_AFTER_NUMERAL.matcher(rest).find() || FORMULA_NOUN_AFTER.matcher(rest).find()))
            return false; // 十项措施, 两条主线
        if (unit == null) return true;
        boolean time = isTime(unit);
        if (time && (TIME_LIMIT_AFTER.matcher(rest).find() || DURATION_BEFORE.matcher(before).find()
                || DURATION_AFTER.matcher(rest).find())) return false; // 5个工作日内办结, 由20个工作日压缩至…
        if (unit.equals("人") && rest.startsWith("所")) return false;                           // 3人所: a 司法所 with three staff
        if (unit.equals("小时") && (n.digits().equals("24") || n.digits().equals("8") && rest.matches("^(?:以外|之外).*"))) return false;
        return true;
    }

    /** Units of a length of time (a bare 日 is read as one only where a processing time is reported). */
    private static boolean isTime(String unit) {
        return unit.equals("小时") || unit.equals("天") || unit.endsWith("工作日") || unit.equals("分钟");
    }

    /**
     * The unit a list of numbers shares when the last one writes it in full: 个 of 5个 in 分别压缩至5个、3个工作日
     * is 个工作日. Returns {@code unit} unchanged when no such list follows.
     */
    private String sharedUnit(String text, int end, int to, String unit) {
        int q = end;
        while (q < to && NUMBER_LIST.indexOf(text.charAt(q)) >= 0) {
            int d = q + 1;
            while (d < to && (isDigit(text.charAt(d)) || text.charAt(d) == '.' || ChineseNumber.isNumeral(text.charAt(d)))) d++;
            if (d == q + 1 || !text.startsWith(unit, d)) return unit;
            String full = vocabulary.unitAt(text, d);
            if (full != null && full.length() > unit.length() && full.startsWith(unit) && full.length() <= to - d) return full;
            q = d + unit.length();
        }
        return unit;
    }

    /** The unit at p: 成 and 分 only when no word goes on after them (六成以上, 95分; not 3成立, 2分局). */
    private String unitAt(String text, int p, int to, boolean arabic) {
        if (p >= to) return null;
        char c = text.charAt(p);
        if (c == '成' || (c == '分' && !text.startsWith("分钟", p))) {
            if (c == '分' && !arabic) return null;                                   // 十分重视
            int q = p + 1;
            boolean free = q >= to || !isHan(text.charAt(q)) || (c == '成' ? NOT_AFTER_CHENG.indexOf(text.charAt(q)) < 0
                    : text.startsWith("以上", q) || text.startsWith("左右", q) || text.startsWith("多", q) || text.startsWith("的", q));
            return free ? String.valueOf(c) : null;
        }
        if (c == '大') return arabic && p + 1 < to && isHan(text.charAt(p + 1)) ? "大" : null; // 8大环节; 三大 is a name
        String u = vocabulary.unitAt(text, p);
        return u != null && u.length() <= to - p ? u : null;
    }

    private static boolean isWordBefore(String text, int from, int at, boolean arabic) {
        int b = at - 1;
        while (b >= from && SPACES.indexOf(text.charAt(b)) >= 0) b--;
        if (b < from) return false;
        char c = text.charAt(b);
        if (c == '第' || FORMULA.indexOf(c) >= 0 || (arabic && (c == '.' || isLatin(c)))) return true;
        return !arabic && WORD_BEFORE_NUMERAL.indexOf(c) >= 0;
    }

    /** Whether a hedge stands right before a bare 百/千/万 (近百份, 超千人, 近万人): the round number is the stated figure. */
    private static boolean approximate(String text, int from, int at) {
        return at > from && APPROXIMATELY.indexOf(text.charAt(at - 1)) >= 0;
    }

    /**
     * 为零 or 为0 at the end of a clause (重新犯罪率为零, 纠错率为0, 行政复议案件为零): a figure of 0 in the unit its subject implies,
     * % for a rate, 件 for cases; null when the subject implies none (化整为零).
     */
    private static Measure zero(String text, int from, int at, int end, int to, boolean[] quoted) {
        if (quoted[at] || at <= from || text.charAt(at - 1) != '为' || end < to && isHan(text.charAt(end))) return null;
        int clause = Sentences.clauseStart(text, from, at);
        String subject = TRAILING_ALL.matcher(text.substring(clause, at - 1)).replaceFirst("");
        String unit = subject.endsWith("率") ? "%" : subject.endsWith("案件") || subject.endsWith("事件") ? "件" : null;
        return unit == null ? null : new Measure(at, end, BigDecimal.ZERO, unit);
    }

    private static boolean isBarePlace(String digits) {
        return digits.length() == 1 && "百千万亿".indexOf(digits.charAt(0)) >= 0;
    }

    private static int extendOverHedge(String text, int end, int to) {
        Matcher m = TRAILING_HEDGE.matcher(text).region(end, to);
        return m.lookingAt() ? m.end() : end;
    }

    private static BigDecimal value(boolean arabic, String digits) {
        if (!arabic) return ChineseNumber.parse(digits);
        StringBuilder plain = new StringBuilder();
        for (char c : Digits.ascii(digits).toCharArray()) {
            if (c == '．') plain.append('.');
            else if (c != ',') plain.append(c);
        }
        return normalized(new BigDecimal(plain.toString()));
    }

    private static BigDecimal value(String arabicOrChinese) {
        return isDigit(arabicOrChinese.charAt(0)) ? value(true, arabicOrChinese) : ChineseNumber.parse(arabicOrChinese);
    }

    static BigDecimal normalized(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static int skip(String text, int p, int to, String chars) {
        while (p < to && chars.indexOf(text.charAt(p)) >= 0) p++;
        return p;
    }

    private static boolean allDigits(String text, int from, int to) {
        if (to > text.length()) return false;
        for (int i = from; i < to; i++) if (!isDigit(text.charAt(i))) return false;
        return true;
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
