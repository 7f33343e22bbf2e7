package org.nianbao.audit.parse.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.audit.model.AgencyKind;

class AgencyKindClassifierTest {
    @ParameterizedTest
    @CsvSource({
            "景德镇市人民政府, PEOPLES_GOVERNMENT", "金乡县人民政府, PEOPLES_GOVERNMENT", "红旗区人民政府, PEOPLES_GOVERNMENT",
            "江西省人民政府, PEOPLES_GOVERNMENT", "某县政府, PEOPLES_GOVERNMENT",
            "上海市人民政府办公厅, DEPARTMENT", "金乡县人民政府办公室, DEPARTMENT", "景德镇市科学技术局, DEPARTMENT",
            "张家港市科技局, DEPARTMENT", "某市发展和改革委员会, DEPARTMENT", "某市政务服务中心, DEPARTMENT", "某县财政厅, DEPARTMENT",
            "某县大柳镇人民政府, TOWNSHIP", "某县石桥乡人民政府, TOWNSHIP", "某区新华街道办事处, TOWNSHIP", "某区人民政府东城街道办事处, TOWNSHIP",
            "某市经济技术开发区管理委员会, OTHER", "某市高新区管委会, OTHER", "某县残疾人联合会, OTHER", "某县供销合作社, OTHER",
            "某某有限公司, OTHER"})
    void should_classify_the_publisher_by_its_name(String agency, AgencyKind expected) {
        assertThat(AgencyKindClassifier.classify(agency)).isEqualTo(expected);
    }
}
