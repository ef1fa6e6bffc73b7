package org.fazhikg;

/**
 * Full-width digits (２０２１) as ASCII ones, character for character, so a text's offsets stay valid.
 * Some government sites publish years and figures in full-width digits; patterns that read years and
 * numbers are written for ASCII digits.
 */
public final class Digits {
    private Digits() {}

    public static String ascii(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                if (chars == null) chars = text.toCharArray();
                chars[i] = (char) ('0' + (c - '０'));
            }
        }
        return chars == null ? text : new String(chars);
    }
}
