package org.nianbao.audit.ingest.text;

import java.nio.charset.Charset;

/**
 * How to decode a byte buffer: the charset, how many leading bytes are a byte-order mark, and whether
 * the choice is a guess (the detector was not confident) rather than proven by a BOM or strict UTF-8.
 */
public record CharsetDecision(Charset charset, int bomLength, boolean guessed) {
}
