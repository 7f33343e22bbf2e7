package org.nianbao.audit.parse.table;

import org.nianbao.audit.model.TableKind;

/** Tokens [from, to) that belong to one table; {@code atEnd} when nothing follows it in the document. */
record Region(TableKind kind, int from, int to, boolean atEnd) {
}
