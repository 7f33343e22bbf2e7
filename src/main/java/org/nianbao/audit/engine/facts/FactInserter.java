package org.nianbao.audit.engine.facts;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.engine.deadlines.LocalDeadlines;
import org.nianbao.audit.engine.lexicon.Lexicons;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableKind;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.model.TemplateVersion;
import org.nianbao.audit.model.template.RowSpec;
import org.nianbao.audit.model.template.TemplateCatalog;

/**
 * Turns one report into the facts a rule can match on, in a fixed order so that runs are repeatable:
 * the flat {@link Report}, the preface and sections with their sub-items, tables with rows, cells and
 * label deviations, claims, non-blank lines, parse problems, format citations, the statistical period, the
 * template's {@link ExpectedRow}s, the lexicon hits and the {@link LocalDeadline} that applies, if any.
 * Nothing is computed or repaired here.
 */
public final class FactInserter {
    private final Lexicons lexicons;
    private final LocalDeadlines deadlines;
    private final TemplateCatalog template;

    /** @param template the report template, whose rows of the report's format become {@link ExpectedRow} facts */
    public FactInserter(Lexicons lexicons, LocalDeadlines deadlines, TemplateCatalog template) {
        this.lexicons = lexicons;
        this.deadlines = deadlines;
        this.template = template;
    }

    public List<Object> facts(AnnualReport report) {
        List<Object> facts = new ArrayList<>();
        Report flat = new Report(report);
        facts.add(flat);
        if (report.getPreface() != null) {
            addSection(report.getPreface(), facts);
        }
        report.getSections().forEach(s -> addSection(s, facts));
        for (StatTable table : report.getTables()) {
            facts.add(table);
            for (TableRow row : table.getRows()) {
                facts.add(row);
                facts.addAll(row.getCells());
            }
            facts.addAll(table.getLabelDeviations());
        }
        facts.addAll(report.getClaims());
        // Blank lines say nothing a rule could judge; leaving them out saves a third of the insertions.
        for (TextLine line : report.getLines()) {
            if (!line.getNormalized().isEmpty()) {
                facts.add(line);
            }
        }
        facts.addAll(report.getProblems());
        facts.addAll(report.getMetadata().getCitations());
        if (report.getMetadata().getPeriod() != null) {
            facts.add(report.getMetadata().getPeriod());
        }
        facts.addAll(expectedRows(report));
        facts.addAll(lexicons.scan(report.getLines()));
        facts.addAll(report.getTextQuality().all());
        deadlines.applicableTo(flat.getAgencyKind(), flat.getAgency()).ifPresent(facts::add);
        return facts;
    }

    /** The detected template's rows, else the rows the year requires; none when neither is known. */
    List<ExpectedRow> expectedRows(AnnualReport report) {
        TemplateVersion version = report.getTemplate() != null ? report.getTemplate() : report.getRequiredTemplate();
        if (version == null) {
            return List.of();
        }
        List<ExpectedRow> rows = new ArrayList<>();
        for (TableKind kind : TableKind.values()) {
            for (RowSpec spec : template.rows(version, kind)) {
                rows.add(new ExpectedRow(spec, version.label()));
            }
        }
        return rows;
    }

    private static void addSection(Section section, List<Object> facts) {
        facts.add(section);
        facts.addAll(section.getSubItems());
    }
}
