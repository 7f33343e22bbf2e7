package org.nianbao.audit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownSourceTest {
    @Test
    void should_show_a_file_relative_to_the_input_folder_it_was_found_in() {
        List<String> inputs = List.of("fixtures/seeds", "/data/2024/corpus/");
        assertThat(ShownSource.of("fixtures/seeds/000.txt", inputs)).isEqualTo("seeds/000.txt");
        assertThat(ShownSource.of("/data/2024/corpus/html/a.html", inputs)).isEqualTo("corpus/html/a.html");
    }

    @Test
    void should_never_show_an_absolute_path() {
        assertThat(ShownSource.of("/home/clerk/报告/甲局.txt", List.of("/home/clerk/报告/甲局.txt"))).isEqualTo("甲局.txt");
        assertThat(ShownSource.of("/elsewhere/乙局.txt", List.of("fixtures"))).isEqualTo("乙局.txt");
        assertThat(ShownSource.of("C:\\报告\\丙局.txt", List.of())).isEqualTo("丙局.txt");
    }

    @Test
    void should_handle_the_current_folder_and_dot_prefixes() {
        assertThat(ShownSource.of("./a/b.txt", List.of("."))).isEqualTo("a/b.txt");
        assertThat(ShownSource.of("./fixtures/seeds/1.txt", List.of("./fixtures"))).isEqualTo("fixtures/seeds/1.txt");
    }
}
