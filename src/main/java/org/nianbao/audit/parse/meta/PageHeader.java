package org.nianbao.audit.parse.meta;

import java.time.LocalDate;

/** 索引号 and 发布日期 printed by the web page above the title; fields null/0 when absent. */
record PageHeader(String indexNumber, LocalDate published, int publishedLine) {
    static PageHeader none() {
        return new PageHeader(null, null, 0);
    }
}
