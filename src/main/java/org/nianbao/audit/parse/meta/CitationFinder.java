package org.nianbao.audit.parse.meta;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.model.FormatCitation;
import org.nianbao.audit.model.FormatDocument;
import org.nianbao.audit.model.TextLine;
import org.nianbao.audit.parse.text.CompactView;

/**
 * Citations of the national format documents: 国办公开办函〔2021〕30号 → GB2021_30, 〔2019〕60号 →
 * GB2019_60. Tolerates 〔〕﹝﹞【】[]() and garbled forms ("国办公开办函﹝201960号" → GB2019_60, garbled).
 * Garbled = not exactly "〔YYYY〕N号" as printed. Linear scan of each line containing 办函.
 */
final class CitationFinder {
    private static final String PREFIX = "国办公开办函";
    private static final String OPEN = "〔[【(";
    private static final String CLOSE = "〕]】)";

    List<FormatCitation> find(List<TextLine> lines) {
        List<FormatCitation> found = new ArrayList<>();
        for (TextLine line : lines) {
            if (!line.getNormalized().contains(PREFIX)) {
                continue;
            }
            CompactView view = CompactView.of(line.getText());
            String c = view.compact();
            int at = c.indexOf(PREFIX);
            while (at >= 0) {
                int end = readCitation(c, at + PREFIX.length(), view, line.getNumber(), found, at);
                at = c.indexOf(PREFIX, Math.max(end, at + PREFIX.length()));
            }
        }
        return found;
    }

    /** Reads one citation after the prefix; returns the compact index where it ends. */
    private static int readCitation(String c, int i, CompactView view, int line, List<FormatCitation> out, int start) {
        boolean open = i < c.length() && OPEN.indexOf(c.charAt(i)) >= 0;
        int p = open ? i + 1 : i;
        int digitsEnd = digits(c, p);
        String firstDigits = c.substring(p, digitsEnd);
        boolean close = digitsEnd < c.length() && CLOSE.indexOf(c.charAt(digitsEnd)) >= 0;
        String year;
        String number;
        int q;
        if (close && firstDigits.length() == 4) {
            q = digitsEnd + 1;
            if (q < c.length() && c.charAt(q) == '第') {
                q++;
            }
            int numberEnd = digits(c, q);
            year = firstDigits;
            number = c.substring(q, numberEnd);
            q = numberEnd;
        } else if (firstDigits.length() > 4) {
            year = firstDigits.substring(0, 4);
            number = firstDigits.substring(4);
            q = digitsEnd;
        } else {
            year = firstDigits;
            number = "";
            q = digitsEnd;
        }
        boolean hao = q < c.length() && c.charAt(q) == '号';
        int end = hao ? q + 1 : q;
        String raw = view.original(start, end);
        boolean garbled = !(open && close && hao && raw.indexOf('〔') >= 0 && raw.indexOf('〕') >= 0 && !number.isEmpty());
        out.add(new FormatCitation(document(year, number), garbled, raw, line));
        return end;
    }

    private static FormatDocument document(String year, String number) {
        if (year.equals("2021") && number.equals("30")) {
            return FormatDocument.GB2021_30;
        }
        if (year.equals("2019") && number.equals("60")) {
            return FormatDocument.GB2019_60;
        }
        return FormatDocument.UNKNOWN;
    }

    private static int digits(String c, int from) {
        int i = from;
        while (i < c.length() && c.charAt(i) >= '0' && c.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
