package org.nianbao.audit.history;

import java.util.List;
import java.util.Map;

/**
 * What later reports need of one report, small enough to keep 100,000 in a store and look one up per
 * report: who, which year, the table cells, each part's fingerprint, the text of 五、存在的主要问题及改进情况
 * (to compare with next year's and to show a copied passage), the narrative text (for copies from other
 * agencies, stored compressed) and its MinHash signature.
 *
 * @param agencyKey    the identity key ({@link AgencyNames#key}); null when the report names no agency
 * @param contentHash  SHA-256 of the whole text's matching view (digits kept): the same text under another file name
 * @param assessable   false when the report could not be read as a report (nothing in it may be compared)
 * @param fingerprints part number (1–6) → hash of the part's text without its tables
 * @param narrative    the report's running text without its tables and title, lines joined by '\n'
 * @param signature    MinHash of the narrative's shingles without template wording ({@link MinHash#SIZE} ints)
 */
public record ReportSummary(String source, String agency, String agencyKey, String agencyKind, Integer year,
                            String contentHash, boolean assessable, String template, List<CellValue> cells,
                            Map<Integer, String> fingerprints, String section5, String narrative, int[] signature) {
    public ReportSummary {
        cells = List.copyOf(cells);
        fingerprints = Map.copyOf(fingerprints);
        section5 = section5 == null ? "" : section5;
        narrative = narrative == null ? "" : narrative;
    }

    /** The cell at "T2.R4.NP", or null. */
    public CellValue cell(String table, String row, String column) {
        for (CellValue c : cells) {
            if (c.table().equals(table) && c.row().equals(row) && c.column().equals(column)) {
                return c;
            }
        }
        return null;
    }
}
