package org.fazhikg.evaluate;

import java.math.BigDecimal;
import org.fazhikg.extract.Kind;

/**
 * One annotated item of an answer key: for regions and documents only {@code canonical};
 * organizations and mechanisms add {@code mention} (and mechanisms their {@code kind});
 * metrics carry value, unit and text; first claims text (in {@code mention}) and scope.
 */
record GoldItem(Kind type, String mention, String canonical, String kind, BigDecimal value, String unit, String scope) {
    boolean isSlogan() {
        return "slogan".equals(kind);
    }

    String display() {
        return switch (type) {
            case METRIC -> value.stripTrailingZeros().toPlainString() + " " + unit + "  (" + mention + ")";
            case FIRST -> mention + (scope == null ? "" : "  [" + scope + "]");
            case REGION, DOCUMENT -> canonical;
            default -> mention + " → " + canonical + (kind == null ? "" : "  [" + kind + "]");
        };
    }
}
