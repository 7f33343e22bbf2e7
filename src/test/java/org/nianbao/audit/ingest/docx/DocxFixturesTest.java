package org.nianbao.audit.ingest.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.document.Block;
import org.nianbao.audit.document.Document;
import org.nianbao.audit.document.TableBlock;
import org.nianbao.audit.document.TextBlock;

/**
 * The committed DOCX fixtures against their generator: what {@link DocxFixtureGenerator} builds today reads
 * exactly as the committed files do (their bytes differ by zip timestamps only), so neither drifts unnoticed.
 */
class DocxFixturesTest {
    private final DocxSourceReader reader = new DocxSourceReader();

    @TempDir
    Path dir;

    @Test
    void should_rebuild_the_committed_reports_block_for_block() throws Exception {
        // GIVEN the reports built afresh
        Path fresh2021 = Files.write(dir.resolve("2021.docx"), DocxFixtureGenerator.report2021());
        Path fresh2019 = Files.write(dir.resolve("2019.docx"), DocxFixtureGenerator.report2019());
        // WHEN both are read / THEN their blocks are those of the committed files
        assertThat(lines(reader.read(fresh2021, "f"))).hasSize(68)
                .isEqualTo(lines(reader.read(DocxFixtureGenerator.REPORT_2021, "f")));
        assertThat(lines(reader.read(fresh2019, "f"))).hasSize(69)
                .isEqualTo(lines(reader.read(DocxFixtureGenerator.REPORT_2019, "f")));
    }

    @Test
    void should_read_the_committed_2021_report_as_word_prints_it() {
        // GIVEN the committed 2021 report WHEN it is read
        Document doc = reader.read(DocxFixtureGenerator.REPORT_2021, "r");
        List<String> blocks = shown(doc);
        // THEN the numbering, the tables, the footnote and the text box are where a reader sees them
        assertThat(doc.format()).isEqualTo("docx");
        assertThat(doc.page().title().value()).isEqualTo("安平市科学技术局2023年政府信息公开工作年度报告");
        assertThat(doc.page().published()).isNull();
        assertThat(blocks).hasSize(25);
        assertThat(blocks.subList(0, 5)).containsExactly("H:安平市科学技术局2023年政府信息公开工作年度报告",
                "P:本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，统计期限自2023年1月1日起至2023年12月31日止。",
                "P:注1：本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。", "H:一、总体情况", "H:（一）主动公开");
        assertThat(blocks.get(15)).isEqualTo("T:14x4");
        assertThat(blocks.get(17)).isEqualTo("T:28x10");
        assertThat(blocks.get(19)).isEqualTo("T:4x15");
        assertThat(blocks.subList(20, 25)).containsExactly("H:五、存在的主要问题及改进情况",
                "P:本年度因政府信息公开被申请行政复议4件（结果维持2件、结果纠正1件、尚未审结1件），被提起行政诉讼2件。存在的主要问题是部分栏目更新不够及时，下一步将加强日常巡查。",
                "H:六、其他需要报告的事项", "P:本年度未收取信息处理费。", "P:安平市科学技术局");
        TableBlock t2 = (TableBlock) doc.blocks().get(17);
        assertThat(t2.grid().cell(5, 0).text()).isEqualTo("三、本年度办理结果");
        assertThat(t2.grid().cell(26, 0).spanCopy()).isTrue();
        assertThat(t2.grid().cell(14, 1).text()).isEqualTo("（三）不予公开");
        assertThat(t2.grid().cell(14, 1).spanCopy()).isTrue();
    }

    /** Every line the parser will see (a grid row as a pipe row), with where it sits in the file. */
    private static List<String> lines(Document doc) {
        return org.nianbao.audit.parse.document.DocumentLines.of(doc.blocks()).stream()
                .map(l -> l.getSpan() + " " + l.getText()).toList();
    }

    static List<String> shown(Document doc) {
        return doc.blocks().stream().map(DocxFixturesTest::shown).toList();
    }

    private static String shown(Block b) {
        if (b instanceof TextBlock t) {
            return t.kind().name().charAt(0) + ":" + t.text();
        }
        TableBlock t = (TableBlock) b;
        return "T:" + t.grid().height() + "x" + t.grid().width();
    }
}
