package org.nianbao.audit.history.store;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.nianbao.audit.history.CellValue;

/**
 * How summary fields are written in the store: cells and fingerprints as tab-separated text (one per line, so
 * an office reading the file in any SQLite tool sees them), the narrative deflated, the
 * signature as big-endian ints.
 */
final class Codec {
    private Codec() {
    }

    static String cells(List<CellValue> cells) {
        StringBuilder out = new StringBuilder(cells.size() * 24);
        for (CellValue c : cells) {
            out.append(c.table()).append('\t').append(c.row()).append('\t').append(c.column()).append('\t')
                    .append(c.kind()).append('\t').append(c.value() == null ? "" : c.value().toPlainString()).append('\t')
                    .append(c.raw().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }

    static List<CellValue> cells(String text) {
        List<CellValue> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 6) {
                continue;
            }
            out.add(new CellValue(f[0], f[1], f[2], f[3], f[4].isEmpty() ? null : new BigDecimal(f[4]), f[5]));
        }
        return out;
    }

    static String fingerprints(Map<Integer, String> parts) {
        StringBuilder out = new StringBuilder();
        parts.forEach((n, fp) -> out.append(n).append('\t').append(fp).append('\n'));
        return out.toString();
    }

    static Map<Integer, String> fingerprints(String text) {
        Map<Integer, String> out = new TreeMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1));
            }
        }
        return out;
    }

    private static final byte RAW = 0;
    private static final byte DEFLATED = 1;

    /** The narrative as UTF-8, deflated (a third of its size) unless {@code raw} (scratch stores: speed over size). */
    static byte[] narrative(String text, boolean raw) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (raw) {
            byte[] out = new byte[utf8.length + 1];
            out[0] = RAW;
            System.arraycopy(utf8, 0, out, 1, utf8.length);
            return out;
        }
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(utf8);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 2 + 16);
            out.write(DEFLATED);
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    static String narrative(byte[] bytes) throws DataFormatException {
        if (bytes.length == 0) {
            throw new DataFormatException("empty narrative");
        }
        if (bytes[0] == RAW) {
            return new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
        }
        if (bytes[0] != DEFLATED) {
            throw new DataFormatException("unknown narrative encoding " + bytes[0]);
        }
        Inflater i = new Inflater();
        try {
            i.setInput(bytes, 1, bytes.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 3);
            byte[] buf = new byte[8192];
            while (!i.finished()) {
                int n = i.inflate(buf);
                if (n == 0 && (i.needsInput() || i.needsDictionary())) {
                    throw new DataFormatException("truncated narrative");
                }
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            i.end();
        }
    }

    static byte[] signature(int[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * 4);
        for (int v : sig) {
            b.putInt(v);
        }
        return b.array();
    }

    static int[] signature(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] out = new int[bytes.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getInt();
        }
        return out;
    }
}
