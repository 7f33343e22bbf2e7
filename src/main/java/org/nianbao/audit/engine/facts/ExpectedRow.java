package org.nianbao.audit.engine.facts;

import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.template.RowSpec;

/**
 * A row the template requires in this report (from the detected template, else the one the year
 * requires). Lets a rule say "every template row is present" without knowing the template in DRL.
 */
public final class ExpectedRow {
    private final RowSpec spec;
    private final String template;

    public ExpectedRow(RowSpec spec, String template) {
        this.spec = spec;
        this.template = template;
    }

    public TableKind getTable() { return spec.table(); }
    public String getKey() { return spec.key(); }
    public String getLabel() { return spec.label(); }
    /** Group or block label the row stands under, e.g. "第二十条第（八）项"; may be null. */
    public String getGroup() { return spec.group(); }
    public int getCells() { return spec.cellCount(); }
    public String getTemplate() { return template; }
}
