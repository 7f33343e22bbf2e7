package org.nianbao.audit.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.audit.parse.table.TableAssertions.values;

import org.junit.jupiter.api.Test;
import org.nianbao.audit.model.ProblemCode;
import org.nianbao.audit.model.TableKind;

/** Table 3 as a converter prints it: blocks with their own headers and values, read by the groups they name. */
class LitigationBlocksTest {
    private final TableParser parser = new TableParser(org.nianbao.audit.engine.formats.ProjectFormats.template());

    @Test
    void should_read_review_and_litigation_as_two_blocks_of_five_and_ten_values() {
        // GIVEN 行政复议 with five values, then 行政诉讼 with its two groups and ten values
        TableParseResult r = parser.parse(FixtureLines.of("""
                | 行政复议 |  |  |  |  |
                |---|---|---|---|---|
                | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                | 2 | 1 | 0 | 1 | 4 |

                | 行政诉讼 |  |  |  |  |  |  |  |  |  |
                |---|---|---|---|---|---|---|---|---|---|
                | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |
                | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                | 1 | 0 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 1 |
                """));
        // WHEN / THEN
        assertThat(values(r, TableKind.T3, "RV")).containsExactly("2", "1", "0", "1", "4");
        assertThat(values(r, TableKind.T3, "LD")).containsExactly("1", "0", "0", "0", "1");
        assertThat(values(r, TableKind.T3, "LR")).containsExactly("0", "1", "0", "0", "1");
        assertThat(r.problems()).filteredOn(p -> p.getTable() == TableKind.T3).isEmpty();
    }

    @Test
    void should_say_which_group_was_not_printed_when_a_block_is_left_out() {
        // GIVEN the 复议后起诉 block missing
        TableParseResult r = parser.parse(FixtureLines.of("""
                | 行政复议 |  |  |  |  |
                | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                | 2 | 1 | 0 | 1 | 4 |
                | 未经复议直接起诉 |  |  |  |  |
                | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                | 1 | 0 | 0 | 0 | 1 |
                """));
        // WHEN / THEN the two printed groups are read, the third is the missing row
        assertThat(values(r, TableKind.T3, "LD")).containsExactly("1", "0", "0", "0", "1");
        assertThat(r.problems()).filteredOn(p -> p.getTable() == TableKind.T3).singleElement().satisfies(p -> {
            assertThat(p.getCode()).isEqualTo(ProblemCode.ROW_MISSING);
            assertThat(p.getRowKey()).isEqualTo("LR");
        });
    }
}
