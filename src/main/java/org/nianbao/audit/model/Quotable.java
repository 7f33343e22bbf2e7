package org.nianbao.audit.model;

/**
 * Anything a finding can point at: a line of the original document and the text printed there.
 * The quote is always the original text, never the normalised matching view.
 */
public interface Quotable {
    /** 1-based line in the original document, 0 when unknown. */
    int getLine();

    /** Original text as printed (trimmed), for evidence. */
    String getQuote();
}
