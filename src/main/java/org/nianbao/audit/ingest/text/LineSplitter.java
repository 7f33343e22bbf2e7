package org.nianbao.audit.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lines on CR LF, LF or CR, keeping every character of a line verbatim (tabs, NBSP,
 * trailing spaces). A terminator at the very end does not open an extra empty line.
 */
final class LineSplitter {
    List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = text.startsWith("\ufeff") ? 1 : 0;
        if (text.indexOf('\r', start) < 0) {
            // LF only, as most files are: the JDK's indexOf finds each break faster than a loop over every char
            int lf;
            while ((lf = text.indexOf('\n', start)) >= 0) {
                lines.add(text.substring(start, lf));
                start = lf + 1;
            }
            if (start < text.length()) {
                lines.add(text.substring(start));
            }
            return lines;
        }
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
