package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.cli.rules.Workbench;
import org.nianbao.audit.engine.compile.ExecutableModel;
import org.nianbao.audit.engine.formats.FormatsFile;
import org.nianbao.audit.ingest.Ingestor;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.finding.Finding;
import org.nianbao.audit.parse.ReportParser;

/**
 * The shipped rules in the executable model judge every fixture exactly as the classic engine does, and
 * an audit only starts from a kjar packed in a jar for exactly the DRL it was made from. Surefire jits
 * classic constraints at first use, so both engines are exercised over all 200+ fixtures.
 */
class ExecutableModelAgreementTest {
    private static final Path RULES = Path.of("rules");
    private static ExecutableModel.Build shipped;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildShippedRulesOnce() {
        shipped = ExecutableModel.build(RulesSource.of(RULES).filesEndingWith(".drl"));
        assertThat(shipped.errors()).isEmpty();
        assertThat(shipped.kjar()).isNotEmpty();
    }

    @Test
    void should_give_the_same_findings_as_the_classic_engine_on_every_fixture() throws Exception {
        // GIVEN the shipped rules compiled classic, and the same rules in the executable model, loaded back
        // from the kjar bytes exactly as an audit loads them
        RulesSource source = RulesSource.of(RULES);
        AuditEngine classic = new AuditEngine(RuleBook.load(source));
        AuditEngine executable = new AuditEngine(RuleBook.withBase(source, ExecutableModel.load(shipped.kjar()),
                RuleBook.Origin.PRECOMPILED));
        ReportParser parser = org.nianbao.audit.engine.ParserFactory.forSource(source, FormatsFile.load(source));
        Ingestor ingestor = org.nianbao.audit.engine.formats.ProjectFormats.ingestor();
        List<Path> fixtures = fixtures();
        int findings = 0;
        // WHEN every fixture is judged by both
        for (Path file : fixtures) {
            AnnualReport report = parser.parse(ingestor.read(file, file.toString()));
            EngineResult a = classic.evaluate(report);
            EngineResult b = executable.evaluate(report);
            // THEN the findings are equal field by field, in the written order, and neither faults
            assertThat(sorted(b.findings())).as(file.toString()).isEqualTo(sorted(a.findings()));
            assertThat(b.fault()).as(file.toString()).isEqualTo(a.fault()).isNull();
            findings += a.findings().size();
        }
        assertThat(fixtures).hasSizeGreaterThan(200);
        assertThat(findings).as("the comparison covers real findings").isGreaterThan(200);
    }

    @Test
    void should_start_from_the_packed_kjar_only_while_the_drl_is_unchanged() throws Exception {
        // GIVEN a jar holding the kjar of the shipped DRL, and a copy of the rules
        Path rules = Workbench.copyShippedRules(tmp.resolve("rules"));
        PrecompiledRules jar = PrecompiledRules.of(KjarJars.jarWith(tmp.resolve("audit.jar"),
                RulesSource.of(RULES).filesEndingWith(".drl"), shipped.kjar()));
        // WHEN the copy is loaded THEN the book is the precompiled one, with the whole catalogue
        RuleBook precompiled = RuleBook.loadPrecompiledOrCompile(RulesSource.of(rules), jar);
        assertThat(precompiled.origin()).isEqualTo(RuleBook.Origin.PRECOMPILED);
        assertThat(precompiled.rules()).hasSameSizeAs(RuleBook.load(RulesSource.of(RULES)).rules());
        // WHEN a DRL file is edited (even a comment) THEN the kjar no longer applies: the DRL is compiled
        Path drl = rules.resolve("fees/fees.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// edited\n");
        assertThat(RuleBook.loadPrecompiledOrCompile(RulesSource.of(rules), jar).origin()).isEqualTo(RuleBook.Origin.COMPILED);
        // WHEN only a data file (a lexicon) is edited THEN the kjar still applies: it holds the DRL only
        Path other = Workbench.copyShippedRules(tmp.resolve("rules-lexicon"));
        Files.writeString(other.resolve("lexicons/spam.txt"), "\n新词\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleBook.loadPrecompiledOrCompile(RulesSource.of(other), jar).origin()).isEqualTo(RuleBook.Origin.PRECOMPILED);
    }

    @Test
    void should_compile_the_drl_when_the_packed_kjar_is_damaged() throws Exception {
        // GIVEN a jar whose kjar for the shipped DRL was cut short
        byte[] kjar = shipped.kjar();
        PrecompiledRules jar = PrecompiledRules.of(KjarJars.jarWith(tmp.resolve("audit.jar"),
                RulesSource.of(RULES).filesEndingWith(".drl"), java.util.Arrays.copyOf(kjar, kjar.length / 2)));
        // WHEN loaded THEN the DRL is compiled instead and the rules work
        RuleBook book = RuleBook.loadPrecompiledOrCompile(RulesSource.of(RULES), jar);
        assertThat(book.origin()).isEqualTo(RuleBook.Origin.COMPILED);
        assertThat(book.kieBase()).isNotNull();
    }

    @Test
    void should_compile_the_drl_in_a_build_tree_whatever_kjar_lies_there() throws Exception {
        // GIVEN a good kjar left in a class folder, as a build leaves one in target/classes (issue 13)
        PrecompiledRules classes = PrecompiledRules.of(KjarJars.folderWith(tmp.resolve("classes"),
                RulesSource.of(RULES).filesEndingWith(".drl"), shipped.kjar()));
        // WHEN loaded THEN it is not trusted: classes in a build tree may have changed since it was made
        assertThat(RuleBook.loadPrecompiledOrCompile(RulesSource.of(RULES), classes).origin())
                .isEqualTo(RuleBook.Origin.COMPILED);
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Finding.ORDER);
        return copy;
    }

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("fixtures"))) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
