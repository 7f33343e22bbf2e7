package org.nianbao.audit.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.nianbao.audit.document.Grid;

/**
 * The HTML tables a PDF-to-Markdown converter writes into its Markdown (MinerU and others keep merged cells as
 * {@code <table>} with rowspan/colspan): read as a site page's tables are, spans expanded.
 */
public final class TableFragments {
    private TableFragments() {
    }

    /**
     * The grids of the outermost tables in {@code html}, numbered after {@code tablesBefore}; a table that would
     * expand beyond the grid limit is left out (the caller keeps its text).
     */
    public static List<Grid> grids(String html, int tablesBefore) {
        List<Grid> grids = new ArrayList<>();
        for (Element table : Jsoup.parseBodyFragment(html).body().select("table")) {
            if (table.parents().stream().anyMatch(p -> p.normalName().equals("table"))) {
                continue;
            }
            Grid grid = TableGridReader.read(table, tablesBefore + grids.size() + 1);
            if (grid != null) {
                grids.add(grid);
            }
        }
        return grids;
    }
}
