package org.nianbao.audit.history.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.history.ReportSummary;

class HistoryStoreTest {
    @TempDir
    Path dir;

    @Test
    void should_replace_the_row_of_a_report_audited_again_and_read_it_back_whole() throws Exception {
        // GIVEN a report recorded twice (re-audited), and one of another year
        Path file = dir.resolve("history.db");
        try (HistoryStore store = HistoryStore.open(file)) {
            store.put(Summaries.of("景德镇市科学技术局", 2023, "第一次的正文内容。"), Summaries.graded("C", 70));
            store.put(Summaries.of("景德镇市科学技术局", 2023, "更正后的正文内容。"), Summaries.graded("A", 92));
            store.put(Summaries.of("景德镇市科学技术局", 2022, "上一年的正文。"), Summaries.graded("B", 80));
            // THEN one row per agency and year, holding the latest audit
            assertThat(store.count()).isEqualTo(2);
            StoredReport r = store.find("景德镇市科学技术局", 2023).orElseThrow();
            assertThat(r.summary().narrative()).isEqualTo("更正后的正文内容。");
            assertThat(r.audit().grade()).isEqualTo("A");
            assertThat(r.audit().score()).isEqualTo(92);
            assertThat(r.audit().findings()).containsEntry("TBL-CELLS", new StoredAudit.RuleCount("warning", 2));
            assertThat(r.summary().cell("T2", "R4", "TOT").value()).isEqualByComparingTo("3");
            assertThat(r.summary().cell("T2", "R2", "NP").kind()).isEqualTo("BLANK");
            assertThat(r.summary().fingerprints()).containsEntry(5, "abc");
            assertThat(r.summary().signature()).isEqualTo(Summaries.of("景德镇市科学技术局", 2023, "更正后的正文内容。").signature());
            assertThat(store.names("景德镇市科学技术局")).containsExactly("景德镇市科学技术局");
            assertThat(store.find("景德镇市科学技术局", 2021)).isEmpty();
        }
        // AND the file is a plain SQLite database any tool reads
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             var r = s.executeQuery("SELECT version FROM schema_version")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(StoreSchema.current().latest());
        }
    }

    @Test
    void should_key_a_report_without_agency_or_year_by_its_content() throws Exception {
        try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
            ReportSummary anonymous = Summaries.of("x", null, "没有年度的报告。");
            store.put(anonymous, Summaries.graded("D", 0));
            store.put(anonymous, Summaries.graded("D", 0));
            assertThat(store.count()).isEqualTo(1);
            assertThat(HistoryStore.identity(anonymous)).startsWith("H:");
        }
    }

    @Test
    void should_find_reports_of_alike_agencies_for_the_matcher() throws Exception {
        try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
            store.put(Summaries.of("淮安市洪泽区人民政府", 2023, "甲"), Summaries.graded("A", 95));
            store.put(Summaries.of("平潭综合区行政审批局", 2023, "乙"), Summaries.graded("A", 95));
            store.put(Summaries.of("红旗区科学枝术局", 2023, "丙"), Summaries.graded("A", 95));
            store.put(Summaries.of("金乡县财政局", 2023, "丁"), Summaries.graded("A", 95));
            assertThat(store.near("洪泽区人民政府", 2023)).extracting(HistoryStore.KeyRow::agencyKey)
                    .containsExactly("淮安市洪泽区人民政府");
            assertThat(store.near("平潭综合实验区行政审批局", 2023)).extracting(HistoryStore.KeyRow::agencyKey)
                    .containsExactly("平潭综合区行政审批局");
            assertThat(store.near("红旗区科学技术局", 2023)).extracting(HistoryStore.KeyRow::agencyKey)
                    .containsExactly("红旗区科学枝术局");
            assertThat(store.near("红旗区科学技术局", 2022)).isEmpty();
        }
    }

    @Test
    void should_refuse_a_store_of_a_newer_version_clearly_and_leave_it_untouched() throws Exception {
        // GIVEN a store a newer program wrote (version 99)
        Path file = dir.resolve("newer.db");
        HistoryStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        // WHEN opened THEN refused with the versions named, and the file unchanged
        assertThatThrownBy(() -> HistoryStore.open(file))
                .isInstanceOf(HistoryStoreException.class)
                .hasMessage("历史库 " + file + " 的版本为 99，高于本程序支持的版本 1：它由更新的程序写入，本次不读也不改动它。"
                        + "请使用新版程序，或用 --history 指定另一个文件。");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void should_migrate_an_older_store_keeping_its_rows() throws Exception {
        // GIVEN a version-1 store with a row, and a program whose schema has a second migration
        Path file = dir.resolve("old.db");
        try (HistoryStore store = HistoryStore.open(file)) {
            store.put(Summaries.of("金乡县科学技术局", 2022, "旧库中的报告。"), Summaries.graded("C", 74));
        }
        List<String[]> v2 = new ArrayList<>(StoreSchema.MIGRATIONS);
        v2.add(new String[] {"ALTER TABLE report ADD COLUMN reviewer TEXT"});
        // WHEN opened by it THEN migrated to 2, the row kept
        try (HistoryStore store = HistoryStore.open(file, new StoreSchema(v2))) {
            assertThat(store.find("金乡县科学技术局", 2022)).isPresent();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT version FROM schema_version")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(2);
        }
        // AND the version-1 program now refuses it rather than misread it
        assertThatThrownBy(() -> HistoryStore.open(file)).hasMessageContaining("的版本为 2，高于本程序支持的版本 1");
    }

    @Test
    void should_say_in_chinese_that_a_damaged_file_is_no_history_store() throws Exception {
        Path file = dir.resolve("damaged.db");
        Files.writeString(file, "这不是数据库文件".repeat(500), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HistoryStore.open(file))
                .isInstanceOf(HistoryStoreException.class)
                .hasMessage("历史库 " + file + " 已损坏或不是历史库文件（打开时出错）：请用备份替换它，或用 --history 指定另一个文件。");
    }

    @Test
    void should_say_in_chinese_that_another_run_holds_the_store_when_the_wait_runs_out() throws Exception {
        // GIVEN another program holding the store's write lock
        Path file = dir.resolve("locked.db");
        HistoryStore.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            // WHEN this run waits 200 ms to write THEN it gives up with a message saying why
            try (HistoryStore store = HistoryStore.open(file, StoreSchema.current(), 200)) {
                assertThatThrownBy(() -> store.put(Summaries.of("某局", 2023, "正文"), Summaries.graded("A", 90)))
                        .isInstanceOf(HistoryStoreException.class)
                        .hasMessage("历史库 " + file + " 正被另一个程序占用（写入时等待超时）：请等另一次审核结束后再试。");
            } catch (HistoryStoreException e) {
                // opening may already wait for the lock: the same message then, at 打开
                assertThat(e.getMessage()).isEqualTo("历史库 " + file + " 正被另一个程序占用（打开时等待超时）：请等另一次审核结束后再试。");
            }
            s.execute("ROLLBACK");
        }
    }

    @Test
    void should_let_two_writers_with_their_own_connections_both_finish() throws Exception {
        // GIVEN two stores on one file (two runs at once), each writing 150 reports in its own thread
        Path file = dir.resolve("shared.db");
        HistoryStore.open(file).close();
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (String run : List.of("甲", "乙")) {
            Thread t = new Thread(() -> {
                try (HistoryStore store = HistoryStore.open(file)) {
                    start.await();
                    for (int i = 0; i < 150; i++) {
                        store.put(Summaries.of(run + "县第" + i + "局", 2023, run + i), Summaries.graded("B", 80));
                        store.find(run + "县第" + (i / 2) + "局", 2023).orElseThrow();
                    }
                } catch (Throwable e) { // NOPMD: the assertion below reports it
                    failure.compareAndSet(null, e);
                }
            });
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(2));
        }
        // THEN neither failed, and every report of both is there
        assertThat(failure.get()).isNull();
        try (HistoryStore store = HistoryStore.open(file)) {
            assertThat(store.count()).isEqualTo(300);
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void should_keep_every_committed_report_when_the_writer_is_killed_mid_write() throws Exception {
        // GIVEN a separate JVM writing reports in a loop
        Path file = dir.resolve("crash.db");
        HistoryStore.open(file).close();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreWriterProcess.class.getName(), file.toString(), "局")
                .redirectErrorStream(true).start();
        int committed = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.matches("\\d+")) {
                    committed = Integer.parseInt(line);
                }
                if (committed >= 40) {
                    break;
                }
            }
            // WHEN it is killed (SIGKILL: no shutdown hook, no close) in the middle of its writes
            p.destroyForcibly();
            p.waitFor(1, TimeUnit.MINUTES);
        }
        // THEN the file opens sound, holds at least every report it said it committed, each complete
        assertThat(committed).isGreaterThanOrEqualTo(40);
        try (HistoryStore store = HistoryStore.open(file)) {
            assertThat(store.integrityCheck()).isEqualTo("ok");
            int count = store.count();
            assertThat(count).isGreaterThanOrEqualTo(committed + 1);
            for (int i = 0; i < count; i++) {
                StoredReport r = store.find("局" + i, 2023).orElseThrow();
                assertThat(r.summary().narrative()).endsWith(String.valueOf(i));
                assertThat(r.audit().findings()).hasSize(1);
            }
            store.put(Summaries.of("之后的报告", 2023, "崩溃后照常写入。"), Summaries.graded("A", 90));
            assertThat(store.count()).isEqualTo(count + 1);
        }
    }
}
