using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ProcurementSim.Orchestrator.Store;

/// <summary>
/// The run log's tables (created when missing) and its schema version, checked on open: a file written by another
/// schema version is refused rather than misread.
/// </summary>
internal static class SqliteSchema
{
    private const string Tables = """
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS runs (
            id TEXT PRIMARY KEY,
            order_no INTEGER NOT NULL,
            scenario_text TEXT NOT NULL,
            scenario_file TEXT NOT NULL,
            strategy TEXT NOT NULL,
            seed INTEGER NOT NULL,
            run_index INTEGER NOT NULL,
            overrides TEXT NOT NULL,
            state TEXT NOT NULL,
            error TEXT NOT NULL,
            created_ticks INTEGER NOT NULL,
            updated_ticks INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS events (
            run_id TEXT NOT NULL,
            tick INTEGER NOT NULL,
            actor_id INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            PRIMARY KEY (run_id, tick, actor_id, seq)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS results (
            run_id TEXT PRIMARY KEY,
            score REAL NOT NULL,
            result_json BLOB NOT NULL,
            timeline_csv BLOB NOT NULL);
        """;

    /// <summary>Creates the tables when missing and records or checks the schema version, in one transaction.</summary>
    /// <exception cref="InvalidOperationException">The file holds another schema version.</exception>
    public static void Create(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction();
        using (var create = Command(connection, Tables, transaction))
        {
            create.ExecuteNonQuery();
        }

        using var read = Command(connection, "SELECT MAX(version) FROM schema_version", transaction);
        var version = read.ExecuteScalar();
        if (version is null or DBNull)
        {
            using var insert = Command(connection, "INSERT INTO schema_version (version) VALUES ($v)", transaction);
            insert.Parameters.AddWithValue("$v", SqliteRunLog.SchemaVersion);
            insert.ExecuteNonQuery();
        }
        else if (Convert.ToInt64(version, CultureInfo.InvariantCulture) != SqliteRunLog.SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The run store {path} has schema version {Convert.ToString(version, CultureInfo.InvariantCulture)}; this orchestrator reads version {SqliteRunLog.SchemaVersion}. Give Orchestrator:StorePath a new file, or use the matching version.");
        }

        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
