package org.nianbao.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextQualityTest {
    private final DoubledWord doubled = new DoubledWord("问题", "问题问题", "问题问题", 0, 4, 2, 5, "问题问题");
    private final EnumerationBreak skip = new EnumerationBreak(EnumerationFault.SKIPPED, "（一）", "（二）", 2, 3, "（五）", 5,
            "（三）（四）", 4, 1, "（五）");
    private final SectionNumbering numbering = new SectionNumbering(1, 1, "一、", "一、", "一、", 1, "一、总体情况");

    @Test
    void should_list_every_observation_in_a_fixed_order() {
        TextQuality q = new TextQuality(List.of(doubled), List.of(skip), List.of(numbering));
        assertThat(q.all()).containsExactly(numbering, doubled, skip);
        assertThat(TextQuality.none().all()).isEmpty();
    }

    @Test
    void should_attach_observations_to_a_report_without_changing_anything_else() {
        // GIVEN a report built without the readers
        AnnualReport report = new AnnualReport("a.txt", "UTF-8", ReportMetadata.unknown(), TemplateVersion.V2021,
                TemplateVersion.V2021, null, List.of(), List.of(), List.of(), List.of(new TextLine(1, "问题问题", "问题问题", 0)),
                List.of());
        assertThat(report.getTextQuality().all()).isEmpty();
        // WHEN observations are attached
        TextQuality q = new TextQuality(List.of(doubled), List.of(), List.of());
        AnnualReport observed = report.withTextQuality(q);
        // THEN the copy carries them and the rest as it was; the original is unchanged
        assertThat(observed.getTextQuality()).isSameAs(q);
        assertThat(observed.getLines()).isEqualTo(report.getLines());
        assertThat(observed.getSource()).isEqualTo("a.txt");
        assertThat(observed.getTemplate()).isEqualTo(TemplateVersion.V2021);
        assertThat(report.getTextQuality().all()).isEmpty();
        assertThat(report.withTextQuality(null).getTextQuality().all()).isEmpty();
    }
}
