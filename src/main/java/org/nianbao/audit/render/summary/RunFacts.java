package org.nianbao.audit.render.summary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.nianbao.audit.render.JsonSupport;
import org.nianbao.audit.render.ToolVersion;

/** The facts that change from run to run: kept out of every other file so those stay byte-identical. */
public record RunFacts(Instant started, long durationMillis, String host, int threads, int reports,
                       String javaVersion, String rules, boolean rulesPrecompiled, long firstResultMillis) {

    public static final String FILE_NAME = "run.json";

    public double reportsPerSecond() {
        return durationMillis <= 0 ? reports : reports * 1000.0 / durationMillis;
    }

    public void writeTo(OutputStream out) throws IOException {
        ObjectNode n = JsonSupport.NODES.objectNode();
        n.put("tool", ToolVersion.NAME);
        n.put("version", ToolVersion.get());
        n.put("started", started.toString());
        n.put("durationMillis", durationMillis);
        n.put("firstResultMillis", firstResultMillis);
        n.put("reports", reports);
        n.put("reportsPerSecond", Math.round(reportsPerSecond() * 10) / 10.0);
        n.put("threads", threads);
        n.put("host", host);
        n.put("javaVersion", javaVersion);
        n.put("rules", rules);
        n.put("rulesPrecompiled", rulesPrecompiled);
        JsonSupport.writePretty(n, out);
    }
}
