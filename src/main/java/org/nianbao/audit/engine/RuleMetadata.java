package org.nianbao.audit.engine;

import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.kie.api.definition.rule.Rule;
import org.nianbao.audit.model.finding.Category;
import org.nianbao.audit.model.finding.Severity;

/**
 * A rule's quoted metadata (@id, @title, @severity, @category, @basis, optional @message), read from the
 * compiled rule. The metadata contract is validated once when the rule book loads, so here the values
 * are known to be present and valid.
 */
public record RuleMetadata(String id, String title, Severity severity, Category category, String basis,
                           String messageTemplate) {

    public static RuleMetadata of(Rule rule) {
        Map<String, Object> m = rule.getMetaData();
        String title = string(m, "title");
        String message = string(m, "message");
        return new RuleMetadata(string(m, "id"), title, Severity.fromId(string(m, "severity")),
                Category.fromId(string(m, "category")), string(m, "basis"), message == null ? title : message);
    }

    /** The Chinese message with {@code ${name}} placeholders filled; unknown names stay visible. */
    public String message(Map<String, Object> values) {
        return new StringSubstitutor(values).replace(messageTemplate);
    }

    static String string(Map<String, Object> metadata, String key) {
        Object v = metadata.get(key);
        return v == null ? null : v.toString();
    }
}
