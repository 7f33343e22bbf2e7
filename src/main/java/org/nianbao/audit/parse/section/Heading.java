package org.nianbao.audit.parse.section;

import org.nianbao.audit.model.NumberingStyle;

/**
 * A recognised section heading: which section, how numbered, on which line (0-based index), and where
 * its title lies in the line's compact view.
 */
record Heading(int section, NumberingStyle style, int index, int titleStart, int titleEnd) {
}
