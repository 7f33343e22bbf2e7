package org.nianbao.audit.ingest.html;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Feeds the HTML parser a page with its bulk taken out before any of it is held in memory: the content of
 * scripts and styles and of comments is skipped, and an attribute value longer than {@link #MAX_VALUE} (an inline
 * base64 image, a megabyte {@code style}) is cut. What is left, the markup and the text a reader sees, is counted;
 * past {@code maxText} visible characters or {@code maxTags} tags the input ends early and {@link #overflow()}
 * says which limit was reached. Memory stays bounded whatever the page's size, in one pass over the characters.
 */
final class BoundedHtmlReader extends Reader {
    /** Longer than any URL or style a report page needs; data: URIs and inline blobs are cut here. */
    static final int MAX_VALUE = 2048;
    private static final int LOOKAHEAD = 16;

    private enum State { TEXT, TAG, COMMENT, RAW }

    private final Reader in;
    private final long maxText;
    private final int maxTags;
    private final char[] buf = new char[16 * 1024];
    private int pos;
    private int end;
    private boolean eof;

    private State state = State.TEXT;
    private char quote;
    private int valueLength;
    private final StringBuilder tagName = new StringBuilder();
    private boolean readingName;
    private boolean endTag;
    private String rawEnd;
    private long text;
    private int tags;
    private String overflow;

    BoundedHtmlReader(Reader in, long maxText, int maxTags) {
        this.in = in;
        this.maxText = maxText;
        this.maxTags = maxTags;
    }

    /** "text" or "elements" when the page went past a limit and was cut there; null otherwise. */
    String overflow() {
        return overflow;
    }

    long textChars() {
        return text;
    }

    int tags() {
        return tags;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        int n = 0;
        while (n < len && overflow == null) {
            if (!ensure(1)) {
                break;
            }
            if (state == State.TEXT && buf[pos] != '<') {
                n += textRun(out, off + n, len - n);
                continue;
            }
            if (state == State.RAW && buf[pos] != '<') {
                skipUntil('<');
                continue;
            }
            if (state == State.TAG && passThrough == 0 && !readingName && isPlainTagChar(buf[pos])) {
                n += tagRun(out, off + n, len - n);
                continue;
            }
            int c = step();
            if (c >= 0) {
                out[off + n++] = (char) c;
            }
        }
        return n == 0 ? -1 : n;
    }

    /** Copies text up to the next tag in one go: most of a page's characters, so no per-character state machine. */
    private int textRun(char[] out, int off, int room) {
        int stop = Math.min(end, pos + room);
        int i = pos;
        long visible = 0;
        long allowed = maxText - text;
        while (i < stop && buf[i] != '<') {
            if (!Character.isWhitespace(buf[i])) {
                if (visible > allowed) {
                    break; // one past the limit is enough to say so
                }
                visible++;
            }
            i++;
        }
        int n = i - pos;
        System.arraycopy(buf, pos, out, off, n);
        pos = i;
        text += visible;
        if (text > maxText) {
            overflow = "text";
        }
        return n;
    }

    /** A character inside a tag that changes no state: not a quote opening or closing a value, not the end. */
    private boolean isPlainTagChar(char c) {
        return quote != 0 ? c != quote : c != '"' && c != '\'' && c != '>';
    }

    private void skipUntil(char c) {
        int i = pos;
        while (i < end && buf[i] != c) {
            i++;
        }
        pos = i;
    }

    /**
     * Copies the inside of a tag up to its next quote or end in one go, cutting a quoted value at
     * {@link #MAX_VALUE}; quotes and the closing '>' go through {@link #step()}.
     */
    private int tagRun(char[] out, int off, int room) {
        int i = pos;
        int n = 0;
        if (quote != 0) {
            while (i < end && buf[i] != quote && n < room) {
                if (++valueLength <= MAX_VALUE) {
                    out[off + n++] = buf[i];
                }
                i++;
            }
        } else {
            while (i < end && n < room) {
                char c = buf[i];
                if (c == '"' || c == '\'' || c == '>') {
                    break;
                }
                out[off + n++] = c;
                i++;
            }
        }
        if (i > pos) {
            previous = buf[i - 1];
        }
        pos = i;
        return n;
    }

    /** Consumes one input character; returns the character to pass on, or -1 when it is dropped. */
    private int step() throws IOException {
        char c = buf[pos];
        switch (state) {
            case TEXT:
                if (c == '<') {
                    return openAngle();
                }
                pos++;
                if (!Character.isWhitespace(c) && ++text > maxText) {
                    overflow = "text";
                }
                return c;
            case TAG:
                return inTag(c);
            case COMMENT:
                if (c == '-' && startsWith("-->")) {
                    pos += 3;
                    state = State.TEXT;
                } else {
                    pos++;
                }
                return -1;
            default:
                if (c == '<' && startsWithIgnoreCase("</" + rawEnd)) {
                    // the end tag itself is passed on, so the parser closes the element where the page does
                    state = State.TAG;
                    quote = 0;
                    readingName = false;
                    endTag = true;
                    tagName.setLength(0);
                    tagName.append(rawEnd);
                    passThrough = 2 + rawEnd.length();
                    return inTag(c);
                }
                pos++;
                return -1;
        }
    }

    /** Characters of an end tag found by looking ahead go out as they are. */
    private int passThrough;
    private char previous;

    private int openAngle() throws IOException {
        ensure(LOOKAHEAD);
        if (startsWith("<!--")) {
            pos += 4;
            state = State.COMMENT;
            return -1;
        }
        char next = pos + 1 < end ? buf[pos + 1] : ' ';
        pos++;
        if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
            state = State.TAG;
            quote = 0;
            previous = '<';
            tagName.setLength(0);
            readingName = true;
            endTag = next == '/';
            if (Character.isLetter(next) && ++tags > maxTags) {
                overflow = "elements";
            }
        }
        return '<';
    }

    private int inTag(char c) {
        pos++;
        char before = previous;
        previous = c;
        if (passThrough > 0) {
            passThrough--;
            return c;
        }
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
                return c;
            }
            return ++valueLength > MAX_VALUE ? -1 : c;
        }
        if (readingName) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == ':') {
                tagName.append(c);
            } else if (!(c == '/' && tagName.length() == 0)) {
                readingName = false;
            }
        }
        if (c == '"' || c == '\'') {
            quote = c;
            valueLength = 0;
        } else if (c == '>') {
            String name = tagName.toString().toLowerCase(Locale.ROOT);
            boolean selfClosing = before == '/';
            if (!endTag && !selfClosing && (name.equals("script") || name.equals("style"))) {
                state = State.RAW;
                rawEnd = name;
            } else {
                state = State.TEXT;
            }
        }
        return c;
    }

    private boolean startsWith(String s) throws IOException {
        ensure(s.length());
        if (end - pos < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithIgnoreCase(String s) throws IOException {
        ensure(s.length());
        if (end - pos < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.toLowerCase(buf[pos + i]) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Makes at least {@code n} characters available when the input has them; false at the end of input. */
    private boolean ensure(int n) throws IOException {
        if (end - pos >= n) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        while (!eof && end < buf.length && end - pos < n) {
            int r = in.read(buf, end, buf.length - end);
            if (r < 0) {
                eof = true;
            } else {
                end += r;
            }
        }
        return end - pos >= 1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
