package org.fazhikg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes of a report to text. The encoding is found, never assumed: a byte-order mark first, then strict
 * UTF-8, then a declared charset (HTML) if the bytes fit it, then juniversalchardet. The result
 * is checked for sanity, so that a binary file or a wrong guess is reported instead of read as garbage.
 * Stateless; a new detector is made per call, so it is safe from any thread.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Detector and meta names mapped to the superset Java decodes them with (GB2312 pages hold GBK characters). */
    private static final Map<String, String> SUPERSETS = Map.of(
            "GB2312", "GB18030", "GBK", "GB18030", "X-GBK", "GB18030", "HZ-GB-2312", "GB18030",
            "BIG5", "Big5-HKSCS", "US-ASCII", "UTF-8", "ASCII", "UTF-8");
    /** Detector results that can encode Chinese; anything else (windows-1252, KOI8-R …) is a weak guess for our reports. */
    private static final Set<String> CJK_CAPABLE = java.util.Set.of(
            "GB18030", "Big5-HKSCS", "x-EUC-TW", "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE");

    private TextDecoder() {}

    /** Why some bytes are not text; the message is the reason alone, for the caller to put after the file name. */
    static final class Unreadable extends Exception {
        Unreadable(String why) {
            super(why);
        }
    }

    /**
     * Decodes {@code bytes}, dropping a byte-order mark and keeping every other character as it is.
     *
     * @param declared a charset named by the file itself (HTML meta), or null
     * @throws Unreadable when the bytes are empty, binary or do not decode to sane text
     */
    static String decode(byte[] bytes, String declared) throws Unreadable {
        if (bytes.length == 0) throw new Unreadable("empty file");
        String bomCharset = UniversalDetector.detectCharsetFromBOM(bytes);
        if (bomCharset != null) {
            Charset cs = Charset.forName(bomCharset);
            int bomLength = bomCharset.startsWith("UTF-32") ? 4 : bomCharset.startsWith("UTF-16") ? 2 : 3;
            return checked(lenient(bytes, bomLength, cs), cs);
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) throw new Unreadable("binary content (NUL bytes at offset " + nul + ")");
        // Valid UTF-8 with Chinese in it does not happen by chance, so it beats a declaration (pages re-encoded
        // to UTF-8 often keep their old gb2312 meta); the declaration decides among the legacy encodings.
        Charset cs = StandardCharsets.UTF_8;
        String text = strict(bytes, cs);
        Charset declaredCs = charset(declared);
        if (text == null && declaredCs != null) {
            cs = declaredCs;
            text = strict(bytes, cs);
        }
        if (text == null) {
            cs = detect(bytes);
            text = lenient(bytes, 0, cs);
        }
        return checked(text, cs);
    }

    /**
     * The detector's answer; when it has none or only a single-byte Western guess, GB18030 if the bytes
     * are valid GB18030 (the usual legacy encoding of Chinese government files), else the guess.
     */
    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        Charset guess = charset(detector.getDetectedCharset());
        if (guess != null && CJK_CAPABLE.contains(guess.name())) return guess;
        if (strict(bytes, GB18030) != null || guess == null) return GB18030;
        return guess;
    }

    /** The Java charset for a name from a detector or a page, widened to its superset; null when unknown. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        String key = name.strip().toUpperCase(Locale.ROOT);
        String javaName = SUPERSETS.getOrDefault(key, name.strip());
        try {
            return Charset.forName(javaName);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            CharBuffer chars = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset cs) {
        return new String(bytes, offset, bytes.length - offset, cs);
    }

    /** Rejects text in which replacement, control or private-use characters show a wrong decoding or binary data. */
    private static String checked(String text, Charset cs) throws Unreadable {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isSuspect(text.charAt(i))) bad++;
        }
        if (bad > 2 && bad * 100 > text.length()) {
            throw new Unreadable("unreadable text (" + bad + " of " + text.length()
                    + " characters are replacement, control or private-use characters when decoded as " + cs.name() + ")");
        }
        if (text.isBlank()) throw new Unreadable("no text (only white space)");
        return text;
    }

    private static boolean isSuspect(char c) {
        if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B) return false;
        return c == '\uFFFD' || c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\uE000' && c <= '\uF8FF');
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }
}
