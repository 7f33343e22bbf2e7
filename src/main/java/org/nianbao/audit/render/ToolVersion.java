package org.nianbao.audit.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version, read from the Maven metadata the jar carries ("dev" when run from classes). */
public final class ToolVersion {
    public static final String NAME = "nianbao-audit";
    private static final String VERSION = read();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(
                "/META-INF/maven/org.nianbao/nianbao-audit/pom.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
