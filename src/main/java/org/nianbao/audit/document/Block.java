package org.nianbao.audit.document;

import org.nianbao.audit.model.SourceSpan;

/** One block of a document in reading order: a line of text (heading or paragraph) or a table. */
public sealed interface Block permits TextBlock, TableBlock {
    /** Where the block starts in the submitted file. */
    SourceSpan span();
}
