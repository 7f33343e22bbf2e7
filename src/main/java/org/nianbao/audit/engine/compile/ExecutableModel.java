package org.nianbao.audit.engine.compile;

import java.util.List;
import java.util.SortedMap;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The executable model of a rule set: DRL translated to Java once and saved as a kjar, which later runs
 * load without parsing or compiling DRL (drools-10-notes 4c: about half the start-up time). It is only
 * ever a faster form of rules that the classic compiler accepted: the executable model rejects some DRL
 * that classic takes and silently differs on a few constructs (notes E1–E6), so a kjar is only written
 * after the rule cases gave identical findings under both (see the {@code rules compile} command).
 */
public final class ExecutableModel {
    private ExecutableModel() {
    }

    /** A translated rule set: its KieBase and the kjar bytes, or why the executable model refused it. */
    public record Build(KieBase base, byte[] kjar, List<String> errors) {
        public Build {
            errors = List.copyOf(errors);
        }

        public boolean succeeded() {
            return base != null && errors.isEmpty();
        }
    }

    /** Translates and compiles; never throws (a crash inside Drools is returned as an error). */
    public static Build build(SortedMap<String, String> drlFiles) {
        KieServices ks = KieServices.Factory.get();
        KieProject project = new KieProject(ks, drlFiles, DrlOutline.ofAll(drlFiles));
        try {
            return KieProject.exclusively(() -> {
                KieBuilder builder = ks.newKieBuilder(project.files()).buildAll(ExecutableModelProject.class);
                List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                        .map(m -> DroolsText.tidy(CompileMessages.flatten(m.getText()))).toList();
                if (!errors.isEmpty()) {
                    return new Build(null, null, errors);
                }
                InternalKieModule module = (InternalKieModule) builder.getKieModule();
                ReleaseId id = module.getReleaseId();
                KieBase base = ks.newKieContainer(id).getKieBase();
                byte[] kjar = module.getBytes();
                ks.getRepository().removeKieModule(id);
                return new Build(base, kjar, List.of());
            });
        } catch (Throwable e) { // NOPMD: the model generator throws raw runtime exceptions for DRL it cannot translate
            return new Build(null, null, List.of(CompileMessages.buildCrashed(e)));
        }
    }

    /** The KieBase of a saved kjar; throws when the bytes are not a kjar this build can load. */
    public static KieBase load(byte[] kjar) {
        KieServices ks = KieServices.Factory.get();
        return KieProject.exclusively(() -> {
            KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
            ReleaseId id = module.getReleaseId();
            try {
                return ks.newKieContainer(id).getKieBase();
            } finally {
                ks.getRepository().removeKieModule(id);
            }
        });
    }
}
