package org.nianbao.audit.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.Cell;
import org.nianbao.audit.model.Origin;
import org.nianbao.audit.model.Section;
import org.nianbao.audit.model.StatTable;
import org.nianbao.audit.model.TableRow;
import org.nianbao.audit.model.TextLine;

/**
 * Makes the {@link ReportSummary} of a parsed report. The narrative is every line outside the three tables
 * except the title (which names the agency, so two agencies' copies would differ there and a year's own
 * reports would all share it); part fingerprints and the signature leave the template's wording out.
 * Thread-safe.
 */
public final class SummaryBuilder {
    private final AgencyNames names;
    private final Boilerplate boilerplate;

    public SummaryBuilder(AgencyNames names, Boilerplate boilerplate) {
        this.names = names;
        this.boilerplate = boilerplate;
    }

    public ReportSummary summarize(AnnualReport report) {
        return summarizeWithShingles(report).summary();
    }

    /** A summary with the distinct shingles its signature was made from (document frequencies count them). */
    public record Summarized(ReportSummary summary, int[] shingles) {
    }

    public Summarized summarizeWithShingles(AnnualReport report) {
        var meta = report.getMetadata();
        boolean[] inTable = tableLines(report);
        List<TextLine> lines = report.getLines();
        StringBuilder narrative = new StringBuilder();
        StringBuilder all = new StringBuilder();
        Map<Integer, StringBuilder> parts = new TreeMap<>();
        for (TextLine line : lines) {
            all.append(line.getNormalized());
            int n = line.getNumber();
            boolean table = n >= 1 && n < inTable.length && inTable[n];
            if (table || n == meta.getTitleLine() || line.getNormalized().isEmpty()) {
                continue;
            }
            narrative.append(line.getText().strip()).append('\n');
            if (line.getSection() >= 1) {
                parts.computeIfAbsent(line.getSection(), k -> new StringBuilder()).append(line.getText().strip()).append('\n');
            }
        }
        Map<Integer, String> fingerprints = new TreeMap<>();
        for (Section s : report.getSections()) {
            StringBuilder body = parts.get(s.getNumber());
            String text = body == null ? "" : withoutHeading(body.toString(), s);
            fingerprints.putIfAbsent(s.getNumber(), fingerprint(text));
        }
        String section5 = report.section(5).map(s -> withoutHeading(text(parts.get(5)), s)).orElse("");
        String narrativeText = narrative.toString();
        int[] shingles = Shingles.set(Shingles.view(narrativeText), boilerplate);
        int[] signature = MinHash.signature(shingles);
        boolean assessable = report.getProblems().stream().noneMatch(p -> p.getOrigin() == Origin.INPUT);
        String key = names.key(AgencyNames.qualify(meta.getAgency(), narrativeText));
        return new Summarized(new ReportSummary(report.getSource(), meta.getAgency(), key,
                meta.getAgencyKind().name(), meta.getYear(), sha256(all.toString()), assessable,
                report.getTemplate() == null ? null : report.getTemplate().label(), cells(report), fingerprints,
                section5, narrativeText, signature), shingles);
    }

    /** The part's own text: its heading line is the template's title, the same in every report. */
    private static String withoutHeading(String body, Section s) {
        String first = s.getHeading() == null ? "" : s.getHeading().strip();
        return !first.isEmpty() && body.startsWith(first) ? body.substring(first.length()).strip() : body.strip();
    }

    private static String text(StringBuilder sb) {
        return sb == null ? "" : sb.toString();
    }

    /** Hash of the part's matching view without template wording: an identical part has the same fingerprint. */
    String fingerprint(String text) {
        String view = Shingles.view(text);
        if (view.isEmpty()) {
            return "";
        }
        return sha256(view).substring(0, 16);
    }

    private static boolean[] tableLines(AnnualReport report) {
        boolean[] in = new boolean[report.getLines().size() + 2];
        for (StatTable t : report.getTables()) {
            for (int i = Math.max(1, t.getStartLine()); i <= Math.min(t.getEndLine(), in.length - 1); i++) {
                in[i] = true;
            }
        }
        return in;
    }

    private static List<CellValue> cells(AnnualReport report) {
        List<CellValue> out = new ArrayList<>();
        for (StatTable t : report.getTables()) {
            for (TableRow row : t.getRows()) {
                if (row.getCellCount() != row.getExpectedCells()) {
                    continue; // with cells missing, which column a value belongs to is a guess: not compared across years
                }
                for (Cell c : row.getCells()) {
                    out.add(new CellValue(c.getTable().name(), c.getRowKey(), c.getColumnKey(), c.getKind().name(),
                            c.getValue(), c.getRaw().strip()));
                }
            }
        }
        return out;
    }

    /** SHA-256 of text already in a matching view (lines' normalised form, or a shingle view). */
    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
