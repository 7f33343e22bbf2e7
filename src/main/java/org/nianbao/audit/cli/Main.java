package org.nianbao.audit.cli;

/** Entry point of the fat jar. OWNER: cli helper — replace this stub. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("nianbao-audit: not implemented yet");
        System.exit(2);
    }
}
