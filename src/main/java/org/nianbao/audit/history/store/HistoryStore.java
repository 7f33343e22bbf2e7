package org.nianbao.audit.history.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import org.nianbao.audit.history.AgencyMatcher;
import org.nianbao.audit.history.ReportSummary;
import org.sqlite.SQLiteConfig;

/**
 * The history of audited reports in one SQLite file. One row per report identity: the agency's key and the
 * year when both are known, else the text's content hash — so re-auditing a report (even a corrected copy
 * under another file name) replaces its row, never adds one. Every write is one transaction (a run killed
 * mid-write leaves the last complete report); WAL lets readers go on while a writer writes, and a busy timeout
 * makes a second run wait for the first instead of failing. Thread-safe (one connection, calls serialised).
 */
public final class HistoryStore implements AutoCloseable {
    /** How long a run waits for another run's write before giving up on the store. */
    static final int BUSY_TIMEOUT_MS = 30_000;
    private static final String COLUMNS = "id, agency_key, agency, agency_kind, year, source, content_hash, assessable, "
            + "template, status, grade, score, cells, fingerprints, section5, narrative, signature";

    private final Path file;
    private final Connection connection;
    /** Prepared once per connection: preparing costs as much as running these small statements. */
    private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();

    private final boolean scratch;

    private HistoryStore(Path file, Connection connection, boolean scratch) {
        this.file = file;
        this.connection = connection;
        this.scratch = scratch;
    }

    /** Opens (creating when absent) and migrates the store; throws with a Chinese message naming the file. */
    public static HistoryStore open(Path file) throws HistoryStoreException {
        return open(file, StoreSchema.current(), BUSY_TIMEOUT_MS);
    }

    static HistoryStore open(Path file, StoreSchema schema) throws HistoryStoreException {
        return open(file, schema, BUSY_TIMEOUT_MS);
    }

    static HistoryStore open(Path file, StoreSchema schema, int busyTimeoutMs) throws HistoryStoreException {
        return open(file, schema, busyTimeoutMs, false);
    }

    /**
     * A store for one run's own use (the batch's first pass), deleted afterwards: no journal and no syncing,
     * since a crash loses nothing the next run would want.
     */
    public static HistoryStore openScratch(Path file) throws HistoryStoreException {
        return open(file, StoreSchema.current(), BUSY_TIMEOUT_MS, true);
    }

    private static HistoryStore open(Path file, StoreSchema schema, int busyTimeoutMs, boolean scratch)
            throws HistoryStoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(scratch ? SQLiteConfig.JournalMode.OFF : SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(scratch ? SQLiteConfig.SynchronousMode.OFF : SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(busyTimeoutMs);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            schema.migrate(c);
            return new HistoryStore(file, c, scratch);
        } catch (StoreSchema.NewerSchemaException e) {
            closeQuietly(c);
            throw new HistoryStoreException(StoreMessages.newer(file, e.found, e.supported), e);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new HistoryStoreException(StoreMessages.failed(file, "打开", e), e);
        }
    }

    public Path file() {
        return file;
    }

    /** "A:<agency key>|<year>", else "H:<content hash>": what makes two audits the same report. */
    public static String identity(ReportSummary s) {
        return s.agencyKey() != null && s.year() != null ? "A:" + s.agencyKey() + "|" + s.year() : "H:" + s.contentHash();
    }

    /** Records a report with its verdict, replacing the row of the same identity; returns its row id. */
    public synchronized long put(ReportSummary s, StoredAudit audit) throws HistoryStoreException {
        return putAll(List.of(s), audit);
    }

    /** Records several reports with one verdict in one transaction (the batch's first pass); the last row id. */
    public synchronized long putAll(List<ReportSummary> summaries, StoredAudit audit) throws HistoryStoreException {
        try {
            connection.setAutoCommit(false);
            try {
                long id = 0;
                for (ReportSummary s : summaries) {
                    id = upsert(s, audit);
                }
                connection.commit();
                return id;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new HistoryStoreException(StoreMessages.failed(file, "写入", e), e);
        }
    }

    private long upsert(ReportSummary s, StoredAudit audit) throws SQLException {
        {
            PreparedStatement del = statement("DELETE FROM report WHERE identity = ?");
            del.setString(1, identity(s));
            del.executeUpdate();
        }
        long id;
        try (PreparedStatement ins = connection.prepareStatement("INSERT INTO report (identity, agency_key, loose_key, "
                + "agency, agency_kind, year, source, content_hash, assessable, template, status, grade, score, cells, "
                + "fingerprints, section5, narrative, signature, recorded_at, tool_version) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            ins.setString(i++, identity(s));
            ins.setString(i++, s.agencyKey());
            ins.setString(i++, s.agencyKey() == null ? null : AgencyMatcher.looseKey(s.agencyKey()));
            ins.setString(i++, s.agency());
            ins.setString(i++, s.agencyKind());
            setInt(ins, i++, s.year());
            ins.setString(i++, s.source());
            ins.setString(i++, s.contentHash());
            ins.setInt(i++, s.assessable() ? 1 : 0);
            ins.setString(i++, s.template());
            ins.setString(i++, audit.status());
            ins.setString(i++, audit.grade());
            setInt(ins, i++, audit.score());
            ins.setString(i++, Codec.cells(s.cells()));
            ins.setString(i++, Codec.fingerprints(s.fingerprints()));
            ins.setString(i++, s.section5());
            ins.setBytes(i++, Codec.narrative(s.narrative(), scratch));
            ins.setBytes(i++, Codec.signature(s.signature()));
            ins.setString(i++, Instant.now().toString());
            ins.setString(i, HistoryStore.class.getPackage().getImplementationVersion());
            ins.executeUpdate();
            try (ResultSet keys = ins.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        {
            PreparedStatement f = statement("INSERT INTO finding (report_id, rule, severity, count) VALUES (?,?,?,?)");
            for (Map.Entry<String, StoredAudit.RuleCount> e : audit.findings().entrySet()) {
                f.setLong(1, id);
                f.setString(2, e.getKey());
                f.setString(3, e.getValue().severity());
                f.setInt(4, e.getValue().count());
                f.addBatch();
            }
            f.executeBatch();
        }
        if (s.agencyKey() != null && s.agency() != null) {
            {
                PreparedStatement n = statement("INSERT INTO agency_name (agency_key, name, first_year, "
                    + "last_year) VALUES (?,?,?,?) ON CONFLICT(agency_key, name) DO UPDATE SET "
                    + "first_year = min(coalesce(first_year, excluded.first_year), coalesce(excluded.first_year, first_year)), "
                    + "last_year = max(coalesce(last_year, excluded.last_year), coalesce(excluded.last_year, last_year))");
                n.setString(1, s.agencyKey());
                n.setString(2, s.agency().strip());
                setInt(n, 3, s.year());
                setInt(n, 4, s.year());
                n.executeUpdate();
            }
        }
        return id;
    }

    /** The report recorded under this identity ({@link #identity}), without its findings. */
    public synchronized Optional<StoredReport> findIdentity(String identity) throws HistoryStoreException {
        try {
            PreparedStatement p = statement("SELECT " + COLUMNS + " FROM report WHERE identity = ?");
            p.setString(1, identity);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new HistoryStoreException(StoreMessages.failed(file, "读取", e), e);
        }
    }

    /** The report of this agency and year, if recorded. */
    public synchronized Optional<StoredReport> find(String agencyKey, int year) throws HistoryStoreException {
        List<StoredReport> r = query("SELECT " + COLUMNS + " FROM report WHERE agency_key = ? AND year = ? ORDER BY id",
                agencyKey, year);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** A row's id and agency key: enough to judge a name before reading the whole row. */
    public record KeyRow(long id, String agencyKey) {
    }

    /**
     * Rows of {@code year} whose agency may be the given one although the keys differ: the same loose key
     * (实验区 as 区, a higher place name more or less) or a key starting with the same two characters and of
     * about the same length (a misspelling elsewhere in the name). Two look-ups, each on its own index, reading
     * no more than the keys; {@link AgencyMatcher} judges them.
     */
    public synchronized List<KeyRow> near(String agencyKey, int year) throws HistoryStoreException {
        String prefix = agencyKey.substring(0, Math.min(2, agencyKey.length()));
        List<KeyRow> out = new ArrayList<>();
        keys("SELECT id, agency_key FROM report WHERE loose_key = ? AND year = ? AND agency_key <> ? LIMIT 50",
                out, AgencyMatcher.looseKey(agencyKey), year, agencyKey);
        keys("SELECT id, agency_key FROM report WHERE year = ? AND agency_key >= ? AND agency_key < ? "
                + "AND length(agency_key) BETWEEN ? AND ? AND agency_key <> ? LIMIT 200",
                out, year, prefix, prefix + '\uffff', agencyKey.length() - 1, agencyKey.length() + 1, agencyKey);
        return out;
    }

    private void keys(String sql, List<KeyRow> out, Object... args) throws HistoryStoreException {
        try {
            PreparedStatement p = statement(sql);
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new KeyRow(r.getLong(1), r.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new HistoryStoreException(StoreMessages.failed(file, "读取", e), e);
        }
    }

    public synchronized Optional<StoredReport> get(long id) throws HistoryStoreException {
        List<StoredReport> r = query("SELECT " + COLUMNS + " FROM report WHERE id = ?", id);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** Every row's id, identity, content hash and signature, in id order, for the similarity index. */
    public synchronized void forEachSignature(SignatureSink sink) throws HistoryStoreException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id, identity, content_hash, signature FROM report WHERE assessable = 1 ORDER BY id")) {
            while (r.next()) {
                sink.accept(r.getLong(1), r.getString(2), r.getString(3), Codec.signature(r.getBytes(4)));
            }
        } catch (SQLException e) {
            throw new HistoryStoreException(StoreMessages.failed(file, "读取", e), e);
        }
    }

    @FunctionalInterface
    public interface SignatureSink {
        void accept(long id, String identity, String contentHash, int[] signature);
    }

    public synchronized int count() throws HistoryStoreException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM report")) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            throw new HistoryStoreException(StoreMessages.failed(file, "读取", e), e);
        }
    }

    /** The names seen for an agency key, in the order first seen. */
    public synchronized List<String> names(String agencyKey) throws HistoryStoreException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT name FROM agency_name WHERE agency_key = ? ORDER BY first_year, name")) {
            p.setString(1, agencyKey);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new HistoryStoreException(StoreMessages.failed(file, "读取", e), e);
        }
        return out;
    }

    /** Shingle buckets earlier runs found in too many reports (the document-frequency cut). */
    public synchronized BitSet commonBuckets() throws HistoryStoreException {
        BitSet out = new BitSet();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT bucket FROM common_shingle")) {
            while (r.next()) {
                out.set(r.getInt(1));
            }
        } catch (SQLException e) {
            throw new HistoryStoreException(StoreMessages.failed(file, "读取", e), e);
        }
        return out;
    }

    public synchronized void addCommonBuckets(BitSet buckets) throws HistoryStoreException {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement p = connection.prepareStatement("INSERT OR IGNORE INTO common_shingle(bucket) VALUES (?)")) {
                for (int b = buckets.nextSetBit(0); b >= 0; b = buckets.nextSetBit(b + 1)) {
                    p.setInt(1, b);
                    p.addBatch();
                }
                p.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new HistoryStoreException(StoreMessages.failed(file, "写入", e), e);
        }
    }

    /** "ok" for a sound file, else SQLite's list of what is wrong. */
    public synchronized String integrityCheck() throws HistoryStoreException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder out = new StringBuilder();
            while (r.next()) {
                out.append(out.length() == 0 ? "" : "\n").append(r.getString(1));
            }
            return out.toString();
        } catch (SQLException e) {
            throw new HistoryStoreException(StoreMessages.failed(file, "检查", e), e);
        }
    }

    private List<StoredReport> query(String sql, Object... args) throws HistoryStoreException {
        List<StoredReport> out = new ArrayList<>();
        try {
            PreparedStatement p = statement(sql);
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(read(r));
                }
            }
            for (int i = 0; i < out.size(); i++) {
                out.set(i, withFindings(out.get(i)));
            }
        } catch (SQLException e) {
            throw new HistoryStoreException(StoreMessages.failed(file, "读取", e), e);
        }
        return out;
    }

    private StoredReport read(ResultSet r) throws SQLException {
        long id = r.getLong("id");
        String narrative;
        try {
            narrative = Codec.narrative(r.getBytes("narrative"));
        } catch (DataFormatException e) {
            throw new SQLException(StoreMessages.damagedRow(file, id), e);
        }
        ReportSummary s = new ReportSummary(r.getString("source"), r.getString("agency"), r.getString("agency_key"),
                r.getString("agency_kind"), integer(r, "year"), r.getString("content_hash"),
                r.getInt("assessable") == 1, r.getString("template"), Codec.cells(r.getString("cells")),
                Codec.fingerprints(r.getString("fingerprints")), r.getString("section5"), narrative,
                Codec.signature(r.getBytes("signature")));
        return new StoredReport(id, s, new StoredAudit(r.getString("status"), r.getString("grade"),
                integer(r, "score"), Map.of()));
    }

    private StoredReport withFindings(StoredReport report) throws SQLException {
        Map<String, StoredAudit.RuleCount> findings = new java.util.TreeMap<>();
        {
            PreparedStatement p = statement("SELECT rule, severity, count FROM finding WHERE report_id = ?");
            p.setLong(1, report.id());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    findings.put(r.getString(1), new StoredAudit.RuleCount(r.getString(2), r.getInt(3)));
                }
            }
        }
        StoredAudit a = report.audit();
        return new StoredReport(report.id(), report.summary(), new StoredAudit(a.status(), a.grade(), a.score(), findings));
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = connection.prepareStatement(sql);
            statements.put(sql, p);
        }
        p.clearParameters();
        return p;
    }

    private static Integer integer(ResultSet r, String column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, java.sql.Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }

    @Override
    public synchronized void close() {
        for (PreparedStatement p : statements.values()) {
            try {
                p.close();
            } catch (SQLException e) {
                // the connection closes them anyway
            }
        }
        statements.clear();
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing a connection whose file went away changes nothing already committed
            }
        }
    }
}
