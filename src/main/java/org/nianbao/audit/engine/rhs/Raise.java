package org.nianbao.audit.engine.rhs;

import org.kie.api.runtime.rule.RuleContext;
import org.nianbao.audit.model.Quotable;

/**
 * Entry point for DRL consequences: {@code Raise.at(kcontext, $row).reported($t).expected($s).raise();}.
 * The finding takes id, title, severity, category, basis and message template from the firing rule's
 * metadata, so a consequence only says where and with which values.
 */
public final class Raise {
    private Raise() {
    }

    /** A finding whose evidence is {@code where} (a cell, row, section, line, claim, hit…). */
    public static FindingDraft at(RuleContext kcontext, Quotable where) {
        return new FindingDraft(kcontext, where);
    }

    /** A finding about something absent (a missing section or row): no evidence line. */
    public static FindingDraft absent(RuleContext kcontext) {
        return new FindingDraft(kcontext, null);
    }
}
