package org.nianbao.audit.engine.cases;

import java.nio.file.Path;
import org.nianbao.audit.engine.RuleBook;
import org.nianbao.audit.engine.RuleBookException;
import org.nianbao.audit.engine.RulesSource;

/** The project's rules/ compiled once for every test in the JVM, as one audit run would. */
public final class SharedRuleBook {
    public static final Path RULES = Path.of("rules");
    public static final Path CASES = Path.of("fixtures", "rules");

    private static RuleBook book;

    private SharedRuleBook() {
    }

    public static synchronized RuleBook get() {
        if (book == null) {
            try {
                book = RuleBook.load(RulesSource.resolve(RULES));
            } catch (RuleBookException e) {
                StringBuilder all = new StringBuilder(e.getMessage());
                e.diagnostics().forEach(d -> all.append(System.lineSeparator()).append(d.format("rules/")));
                throw new IllegalStateException(all.toString(), e);
            }
        }
        return book;
    }
}
