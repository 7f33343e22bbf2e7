package org.nianbao.audit.history.store;

import org.nianbao.audit.history.ReportSummary;

/** A report as read back from a store: its row id there, the summary and the verdict recorded with it. */
public record StoredReport(long id, ReportSummary summary, StoredAudit audit) {
}
