package org.nianbao.audit.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.nianbao.audit.parse.text.Normalizer;

/**
 * The view lexicon terms and report lines are compared in: {@link Normalizer#compact} (NFKC width
 * folding, white space and quotes removed), Traditional → Simplified by a character table, ASCII lower
 * case. Terms and lines go through the same fold, so "老虎機", "老 虎 机" and "ＡＶ" meet "老虎机" and "av".
 * The table is a class-path resource, not part of the rules folder: it is language data every rule set
 * needs, and a --rules folder copied without it must not silently lose the fold.
 */
public final class TextFold {
    private static final String TABLE = "traditional-simplified.map";
    private static final TextFold DEFAULT = new TextFold(readTable());

    private final char[] simplified;

    private TextFold(char[] simplified) {
        this.simplified = simplified;
    }

    public static TextFold standard() {
        return DEFAULT;
    }

    /** Folds raw text: the full pipeline, used for terms. */
    public String fold(String text) {
        return foldNormalized(Normalizer.compact(text));
    }

    /**
     * Folds text that is already in the {@link Normalizer#compact} view (a {@code TextLine}'s normalised
     * form): only case and Traditional characters remain, one pass over the characters.
     */
    public String foldNormalized(String compact) {
        char[] out = compact.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(out[i]);
        }
        return new String(out);
    }

    /** One character of the normalised view folded: ASCII lower case, Traditional → Simplified. */
    public char foldChar(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        char s = simplified[c];
        return s != 0 ? s : c;
    }

    /** A dense table indexed by the traditional character (all of them lie in the BMP). */
    private static char[] readTable() {
        char[] table = new char[0x10000];
        try (InputStream in = TextFold.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int space = entry.indexOf(' ');
                String from = space < 0 ? entry : entry.substring(0, space);
                String to = space < 0 ? "" : entry.substring(space + 1).strip();
                if (from.length() != to.length()) {
                    throw new IllegalStateException(TABLE + " line " + number + ": both sides must have the same length");
                }
                for (int i = 0; i < from.length(); i++) {
                    table[from.charAt(i)] = to.charAt(i);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
