package org.nianbao.audit.ingest;

import java.util.List;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.TextBlock;

/** Test helper: the text blocks of a document, one string per block, in reading order. */
public final class DocumentTexts {
    private DocumentTexts() {
    }

    public static List<String> lines(Document doc) {
        return doc.blocks().stream().filter(TextBlock.class::isInstance).map(b -> ((TextBlock) b).text()).toList();
    }
}
