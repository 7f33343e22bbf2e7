package org.nianbao.audit.history.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema as a list of migrations: version N is reached by running migrations 1…N in order, each
 * in its own transaction together with the new number in {@code schema_version}. A store written by a newer
 * program (a version above the list) is refused, never altered: its tables may mean something this
 * program does not know.
 */
public final class StoreSchema {
    /** Migration i+1 brings version i to i+1. Append only; never edit a released one. */
    static final List<String[]> MIGRATIONS = List.<String[]>of(new String[] {
        """
        CREATE TABLE report (
          id INTEGER PRIMARY KEY,
          identity TEXT NOT NULL UNIQUE,
          agency_key TEXT,
          loose_key TEXT,
          agency TEXT,
          agency_kind TEXT,
          year INTEGER,
          source TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          assessable INTEGER NOT NULL,
          template TEXT,
          status TEXT,
          grade TEXT,
          score INTEGER,
          cells TEXT NOT NULL,
          fingerprints TEXT NOT NULL,
          section5 TEXT NOT NULL,
          narrative BLOB NOT NULL,
          signature BLOB NOT NULL,
          recorded_at TEXT NOT NULL,
          tool_version TEXT
        )""",
        "CREATE INDEX report_agency_year ON report(agency_key, year)",
        "CREATE INDEX report_loose_year ON report(loose_key, year)",
        "CREATE INDEX report_year_agency ON report(year, agency_key)",
        "CREATE INDEX report_content ON report(content_hash)",
        """
        CREATE TABLE finding (
          report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
          rule TEXT NOT NULL,
          severity TEXT NOT NULL,
          count INTEGER NOT NULL,
          PRIMARY KEY (report_id, rule)
        )""",
        """
        CREATE TABLE agency_name (
          agency_key TEXT NOT NULL,
          name TEXT NOT NULL,
          first_year INTEGER,
          last_year INTEGER,
          PRIMARY KEY (agency_key, name)
        )""",
        "CREATE TABLE common_shingle (bucket INTEGER PRIMARY KEY)",
    });

    private final List<String[]> migrations;

    StoreSchema(List<String[]> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    static StoreSchema current() {
        return new StoreSchema(MIGRATIONS);
    }

    int latest() {
        return migrations.size();
    }

    /** Brings the store to the latest version; throws when it is newer than this program knows. */
    void migrate(Connection c) throws SQLException, NewerSchemaException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }
        int version = version(c);
        if (version > latest()) {
            throw new NewerSchemaException(version, latest());
        }
        for (int v = version; v < latest(); v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // re-read inside the write transaction: another run may have migrated meanwhile
                if (version(c) > v) {
                    c.commit();
                    continue;
                }
                for (String sql : migrations.get(v)) {
                    s.execute(sql);
                }
                s.execute("DELETE FROM schema_version");
                s.execute("INSERT INTO schema_version(version) VALUES (" + (v + 1) + ")");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** The store was written by a newer program. */
    static final class NewerSchemaException extends Exception {
        private static final long serialVersionUID = 1L;
        final int found;
        final int supported;

        NewerSchemaException(int found, int supported) {
            super("schema version " + found + " > " + supported);
            this.found = found;
            this.supported = supported;
        }
    }
}
