package org.nianbao.audit.parse.meta;

/** The report title joined over its lines (white space removed, as printed), first and last line numbers. */
record TitleMatch(String title, int line, int lastLine) {
}
