package org.nianbao.audit.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.nianbao.audit.engine.compile.Compilation;
import org.nianbao.audit.engine.compile.DrlCompiler;
import org.nianbao.audit.engine.compile.DrlOutline;
import org.nianbao.audit.engine.compile.ExecutableModel;
import org.nianbao.audit.engine.compile.ForbiddenCalls;
import org.nianbao.audit.engine.compile.JitHazards;
import org.nianbao.audit.engine.compile.MetadataContract;
import org.nianbao.audit.engine.deadlines.DeadlinesFile;
import org.nianbao.audit.engine.deadlines.LocalDeadlines;
import org.nianbao.audit.engine.history.AgencyAliasFile;
import org.nianbao.audit.engine.template.TemplateFiles;
import org.nianbao.audit.model.template.TemplateCatalog;
import org.nianbao.audit.engine.lexicon.Lexicons;

/**
 * The compiled rules: one KieBase shared by all threads, the rule catalogue, the lexicons and the local
 * deadlines (deadlines.properties, checked with the DRL because rules read them as facts).
 * Compiled once per run; refuses to exist when any file fails to compile or any rule breaks the
 * metadata contract. {@link #check} and {@link #checkFile} give the same diagnostics without throwing,
 * for the rule authors' workbench.
 */
public final class RuleBook {
    private static final String DRL = ".drl";

    /** How the KieBase came to be: compiled from DRL in this run, or loaded from a verified kjar. */
    public enum Origin { COMPILED, PRECOMPILED }

    private final RulesSource source;
    private final Origin origin;
    private final KieBase base;
    private final List<RuleInfo> rules;
    private final Lexicons lexicons;
    private final LocalDeadlines deadlines;
    private final TemplateCatalog template;
    private final List<JitHazards.Use> hazards;

    private RuleBook(RulesSource source, Origin origin, Check check, Lexicons lexicons, LocalDeadlines deadlines,
                     TemplateCatalog template) {
        this.source = source;
        this.origin = origin;
        this.base = check.base();
        this.rules = check.rules();
        this.hazards = check.hazards();
        this.lexicons = lexicons;
        this.deadlines = deadlines;
        this.template = template;
    }

    private RuleBook(RuleBook book, LocalDeadlines deadlines) {
        this.source = book.source;
        this.origin = book.origin;
        this.base = book.base;
        this.rules = book.rules;
        this.hazards = book.hazards;
        this.lexicons = book.lexicons;
        this.deadlines = deadlines;
        this.template = book.template;
    }

    /** The same rules judged with other local deadlines (a rule case may bring its own deadlines.properties). */
    public RuleBook withDeadlines(LocalDeadlines other) {
        return new RuleBook(this, other);
    }

    /** Compiles every DRL file and checks the metadata contract; throws with every problem found. */
    public static RuleBook load(RulesSource source) throws RuleBookException {
        return accept(source, Origin.COMPILED, check(source));
    }

    /**
     * Starts from the kjar the build packed into the jar when these are exactly the bundled DRL files (see
     * {@link PrecompiledRules}), else compiles as {@link #load} does. The metadata contract is checked
     * either way. A kjar that does not load or fails the contract is passed over for the DRL.
     */
    public static RuleBook loadPrecompiledOrCompile(RulesSource source) throws RuleBookException {
        return loadPrecompiledOrCompile(source, PrecompiledRules.ofThisProgram());
    }

    /** {@link #loadPrecompiledOrCompile(RulesSource)} with the kjars of another jar (tests). */
    public static RuleBook loadPrecompiledOrCompile(RulesSource source, PrecompiledRules precompiled)
            throws RuleBookException {
        Optional<KieBase> base = precompiled.find(source.filesEndingWith(DRL)).flatMap(RuleBook::loadQuietly);
        if (base.isPresent()) {
            try {
                return withBase(source, base.get(), Origin.PRECOMPILED);
            } catch (RuleBookException | RuntimeException e) { // NOPMD: a foreign KieBase may fail the cross-check any way
                // compiling reports real problems with the author's lines
            }
        }
        return load(source);
    }

    /** A book around a KieBase made elsewhere from these same DRL files (the executable model). */
    public static RuleBook withBase(RulesSource source, KieBase base, Origin origin) throws RuleBookException {
        SortedMap<String, String> drl = source.filesEndingWith(DRL);
        return accept(source, origin, check(source, new Compilation(base, List.of(), DrlOutline.ofAll(drl))));
    }

    private static Optional<KieBase> loadQuietly(byte[] kjar) {
        try {
            return Optional.of(ExecutableModel.load(kjar));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static RuleBook accept(RulesSource source, Origin origin, Check check) throws RuleBookException {
        if (!check.problems().isEmpty() || check.base() == null) {
            List<RuleDiagnostic> problems = check.problems().isEmpty()
                    ? List.of(new RuleDiagnostic("", 0, 0, null, EngineMessages.noRules(source)))
                    : check.problems();
            throw new RuleBookException(EngineMessages.refused(source, problems.size()), problems, check.cascade());
        }
        return new RuleBook(source, origin, check, Lexicons.from(source.files()),
                DeadlinesFile.read(source.files()).deadlines(), TemplateFiles.read(source.files()).catalog());
    }

    /**
     * Everything {@link #load} would refuse for: the errors of compiling all files together and the
     * contract problems, sorted by file and line. Empty problems and a non-null base mean the book loads.
     */
    public static Check check(RulesSource source) {
        SortedMap<String, String> drl = source.filesEndingWith(DRL);
        if (drl.isEmpty()) {
            return new Check(null, List.of(), List.of(), List.of());
        }
        return check(source, new DrlCompiler().compile(drl));
    }

    private static Check check(RulesSource source, Compilation compiled) {
        SortedMap<String, String> drl = source.filesEndingWith(DRL);
        MetadataContract contract = new MetadataContract();
        MetadataContract.Result result = contract.check(compiled.outlines().values());
        List<RuleDiagnostic> problems = new ArrayList<>(compiled.diagnostics());
        problems.addAll(source.encodingProblems());
        problems.addAll(LexiconCheck.check(source));
        drl.forEach((file, text) -> problems.addAll(ForbiddenCalls.scan(file, text)));
        problems.addAll(DeadlinesFile.read(source.files()).problems());
        problems.addAll(TemplateFiles.read(source.files()).problems());
        problems.addAll(AgencyAliasFile.read(source.files()).problems());
        problems.addAll(result.diagnostics());
        compiled.base().ifPresent(b -> problems.addAll(contract.crossCheck(b, compiled.outlines().values())));
        List<RuleDiagnostic> cascade = cascade(compiled.diagnostics()).stream().sorted(BY_PLACE).toList();
        problems.removeAll(cascade);
        problems.sort(BY_PLACE);
        problems.addAll(cascade);
        List<JitHazards.Use> hazards = new ArrayList<>();
        compiled.outlines().forEach((file, outline) -> hazards.addAll(JitHazards.scan(outline, drl.get(file))));
        return new Check(problems.isEmpty() ? compiled.kieBase() : null, problems, result.rules(), hazards, cascade);
    }

    /**
     * The compile errors that likely follow from a DRL syntax error: Drools drops what the broken file
     * declares (its functions, types), and every rule importing or using them fails, in any package (issue
     * 14: one syntax error printed twenty unrelated errors first). When the build has a syntax error, every
     * other compile error of a file without one is such a follow-on; the syntax errors and the checks of
     * this program (metadata, data files) stay root errors.
     */
    private static List<RuleDiagnostic> cascade(List<RuleDiagnostic> compileErrors) {
        List<String> brokenFiles = compileErrors.stream().filter(RuleBook::isSyntaxError).map(RuleDiagnostic::file).toList();
        if (brokenFiles.isEmpty()) {
            return List.of();
        }
        return compileErrors.stream().filter(d -> !isSyntaxError(d) && !brokenFiles.contains(d.file())).toList();
    }

    /** How the DRL parser's messages start ("[ERR 102] Line 10:0 mismatched input…"). */
    public static boolean isSyntaxError(RuleDiagnostic d) {
        return d.message().contains("[ERR 1");
    }

    /**
     * Compiles one file on its own and checks its rules' metadata: a file that only fails together with
     * others (e.g. a duplicate id in another package) is clean here, and one that uses a type or function
     * declared in another file fails here. {@code file} is relative to the root.
     */
    public static Check checkFile(RulesSource source, String file) {
        String text = source.files().get(file);
        if (text == null) {
            return new Check(null, List.of(new RuleDiagnostic(file, 0, 0, null, EngineMessages.noSuchFile(file))),
                    List.of(), List.of());
        }
        SortedMap<String, String> one = new TreeMap<>();
        one.put(file, text);
        return check(RulesSource.inMemory(source.describe(), one));
    }

    public RulesSource source() {
        return source;
    }

    public Origin origin() {
        return origin;
    }

    /** Rules sorted by id. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    /** The report template of rules/template/: part titles, table rows and columns. */
    public TemplateCatalog template() {
        return template;
    }

    /** The local deadlines of deadlines.properties; none when the folder has no such file. */
    public LocalDeadlines deadlines() {
        return deadlines;
    }

    /** Rules whose conditions use a construct known to crash Drools 10.2 once jitted (for blame and lint). */
    public List<JitHazards.Use> hazards() {
        return hazards;
    }

    /** The shared, thread-safe KieBase; sessions are made per report by {@link AuditEngine}. */
    public KieBase kieBase() {
        return base;
    }

    private static final Comparator<RuleDiagnostic> BY_PLACE = Comparator.comparing(RuleDiagnostic::file)
            .thenComparingInt(RuleDiagnostic::line).thenComparingInt(RuleDiagnostic::column)
            .thenComparing(RuleDiagnostic::message);

    /**
     * Diagnostics of a rule set (or one file) with the root ones first and the {@code cascade} (follow-on
     * errors of a syntax error, a subset of {@code problems}) last, its catalogue, the rules using jit-crash
     * constructs (warnings the workbench prints; not a reason to refuse), and the KieBase when it is clean.
     */
    public record Check(KieBase base, List<RuleDiagnostic> problems, List<RuleInfo> rules, List<JitHazards.Use> hazards,
                        List<RuleDiagnostic> cascade) {
        public Check {
            problems = List.copyOf(problems);
            rules = List.copyOf(rules);
            hazards = List.copyOf(hazards);
            cascade = List.copyOf(cascade);
        }

        public Check(KieBase base, List<RuleDiagnostic> problems, List<RuleInfo> rules, List<JitHazards.Use> hazards) {
            this(base, problems, rules, hazards, List.of());
        }

        public boolean clean() {
            return problems.isEmpty();
        }

        /** The jit-crash constructs as warnings, by file and line. */
        public List<RuleDiagnostic> warnings() {
            return hazards.stream().map(JitHazards.Use::warning).sorted(BY_PLACE).toList();
        }
    }
}
