package org.nianbao.audit.ingest.text;

import java.util.Optional;
import org.nianbao.audit.ingest.IngestMessages;
import org.nianbao.audit.model.ParseProblem;

/**
 * Tells binary data from text before any decoding. Run only on input without a UTF-16/32 BOM (those
 * legitimately contain NUL bytes).
 */
public final class BinarySniffer {
    /** Sampled prefix: enough to judge, constant cost on 20 MB files. */
    private static final int SAMPLE = 64 * 1024;
    /** Text exports carry almost no C0 controls; one in ten sampled bytes means a binary format. */
    private static final double CONTROL_SHARE = 0.10;

    public Optional<ParseProblem> inspect(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of(IngestMessages.binaryNul(i));
            }
        }
        int end = Math.min(bytes.length, from + SAMPLE);
        int controls = 0;
        for (int i = from; i < end; i++) {
            if (isControl(bytes[i] & 0xff)) {
                controls++;
            }
        }
        int sampled = end - from;
        if (sampled > 0 && controls > sampled * CONTROL_SHARE) {
            return Optional.of(IngestMessages.binaryControls(controls, sampled));
        }
        return Optional.empty();
    }

    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f;
    }
}
