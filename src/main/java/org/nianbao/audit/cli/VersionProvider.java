package org.nianbao.audit.cli;

import org.nianbao.audit.render.ToolVersion;
import picocli.CommandLine;

/** --version on every command. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {ToolVersion.NAME + " " + ToolVersion.get(),
            "Java " + System.getProperty("java.version")};
    }
}
