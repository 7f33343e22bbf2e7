package org.nianbao.audit.parse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.audit.engine.formats.ProjectFormats;
import org.nianbao.audit.model.AnnualReport;
import org.nianbao.audit.model.EnumerationFault;
import org.nianbao.audit.model.SectionNumbering;
import org.nianbao.audit.model.TextQuality;
import org.nianbao.audit.parse.ReportParser;

/** The text-quality observations the parser attaches to real reports. */
class TextQualityReaderTest {
    private final ReportParser parser = ProjectFormats.parser();

    private AnnualReport report(String file) {
        Path path = Path.of("fixtures", file);
        return parser.parse(ProjectFormats.ingestor().read(path, path.toString()));
    }

    private TextQuality read(String file) {
        return report(file).getTextQuality();
    }

    @Test
    void should_find_the_doubled_word_in_the_crawled_2024_market_supervision_report() {
        AnnualReport report = report("corpus/txt/pingtan-shichang-jianguan-ju-2024.txt");
        TextQuality q = report.getTextQuality();
        assertThat(q.getDoubledWords()).singleElement().satisfies(d -> {
            assertThat(d.getText()).isEqualTo("问题问题");
            // line 10 of the file: the crawler's body line, cut into sentences by the reader
            assertThat(report.spanOf(d.getLine()).line()).isEqualTo(10);
        });
        assertThat(q.getEnumerationBreaks()).isEmpty();
    }

    @Test
    void should_find_the_sub_items_jumping_in_the_crawled_2021_social_affairs_report() {
        TextQuality q = read("corpus/txt/pingtan-shehui-shiye-ju-2021.txt");
        assertThat(q.getDoubledWords()).isEmpty();
        assertThat(q.getEnumerationBreaks()).singleElement().satisfies(b -> {
            assertThat(b.getFault()).isEqualTo(EnumerationFault.SKIPPED);
            assertThat(b.getPreviousMarker()).isEqualTo("（二）");
            assertThat(b.getMarker()).isEqualTo("（五）");
            assertThat(b.getMissing()).isEqualTo("（三）（四）");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "seeds/000_622e8beca5a8e726.txt", "seeds/001_5fa92bbbf5bb350f.txt", "seeds/002_e7290be93566281d.txt",
        "seeds/003_596eb627cbefc53e.txt", "seeds/004_54fb951c2391aa09.txt", "layouts/2021_pipes.md",
        "layouts/2021_cells_plain.txt", "layouts/2019_cells_tab.txt", "corpus/txt/pingtan-caizheng-jinrong-ju-2020.txt",
        "corpus/txt/pingtan-guoyou-zichan-guanli-ju-2021.txt", "corpus/txt/pingtan-ziran-ziyuan-shengtai-huanjing-ju-2023.txt"
    })
    void should_find_no_doubled_word_nor_enumeration_break_in_clean_reports(String file) {
        TextQuality q = read(file);
        assertThat(q.getDoubledWords()).isEmpty();
        assertThat(q.getEnumerationBreaks()).isEmpty();
    }

    @Test
    void should_read_seed_000s_arabic_heading_among_chinese_ones() {
        assertThat(read("seeds/000_622e8beca5a8e726.txt").getSectionNumberings())
                .extracting(SectionNumbering::getSystem).containsExactly("一、", "一、", "1、", "一、", "一、", "一、");
    }
}
