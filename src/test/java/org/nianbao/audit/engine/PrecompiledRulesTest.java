package org.nianbao.audit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompiledRulesTest {
    @TempDir
    Path tmp;

    private static SortedMap<String, String> drl(String text) {
        SortedMap<String, String> drl = new TreeMap<>();
        drl.put("x.drl", text);
        return drl;
    }

    @Test
    void should_find_the_kjar_packed_for_the_same_drl_only() throws IOException {
        // GIVEN a jar holding the kjar made for one rule set
        ClassLoader jar = KjarJars.jarWith(tmp.resolve("audit.jar"), drl("rule 1"), new byte[] {1, 2, 3});
        PrecompiledRules precompiled = PrecompiledRules.of(jar);
        // WHEN looked up THEN the same DRL finds those bytes, edited DRL nothing
        assertThat(precompiled.find(drl("rule 1"))).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(precompiled.find(drl("rule 1 // edited"))).isEmpty();
    }

    @Test
    void should_never_trust_a_kjar_outside_a_jar() throws IOException {
        // GIVEN the kjar in a build tree (target/classes), whose classes may have been recompiled since
        ClassLoader folder = KjarJars.folderWith(tmp.resolve("classes"), drl("rule 1"), new byte[] {1});
        // WHEN looked up THEN it is not used
        assertThat(PrecompiledRules.of(folder).find(drl("rule 1"))).isEmpty();
    }

    @Test
    void should_find_nothing_where_the_build_packed_nothing() {
        // GIVEN the test class path (target/classes, no jar) WHEN the shipped rules are looked up THEN nothing
        RulesSource shipped = RulesSource.of(Path.of("rules"));
        assertThat(PrecompiledRules.ofThisProgram().find(shipped.filesEndingWith(".drl"))).isEmpty();
    }
}
