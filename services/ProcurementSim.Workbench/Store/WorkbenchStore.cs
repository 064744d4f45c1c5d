using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace ProcurementSim.Workbench.Store;

/// <summary>
/// Drafts and variants in one SQLite file (WAL; <c>:memory:</c> for tests). One connection, used under a lock; every
/// write is one statement.
/// </summary>
internal sealed class WorkbenchStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS drafts (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            yaml TEXT NOT NULL,
            strategy TEXT,
            seed TEXT,
            updated TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS variants (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            note TEXT NOT NULL,
            yaml TEXT NOT NULL,
            strategy TEXT,
            seed TEXT,
            created TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS experiments (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            command TEXT NOT NULL,
            args_json TEXT NOT NULL,
            state TEXT NOT NULL,
            problem TEXT,
            created TEXT NOT NULL);
        """;

    private readonly Lock _lock = new();
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    public WorkbenchStore(string path, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _clock = clock;
        var memory = path == ":memory:";
        if (!memory && Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            _connection.Open();
            Execute(memory ? Schema : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;" + Schema);
        }
        catch (SqliteException e)
        {
            _connection.Dispose();
            throw new InvalidOperationException($"The workbench store {path} cannot be opened: {e.Message}", e);
        }
    }

    /// <summary>A new id: 96 random bits, URL-safe (ids are links, not secrets: the workbench is a single planner's tool).</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public Draft CreateDraft(string label, string yaml, string? strategy, ulong? seed)
    {
        var draft = new Draft(NewId(), label, yaml, strategy, seed, _clock.GetUtcNow());
        Write("INSERT INTO drafts (id, label, yaml, strategy, seed, updated) VALUES ($id, $label, $yaml, $strategy, $seed, $time)",
            draft.Id, draft.Label, draft.Yaml, draft.Strategy, draft.Seed, draft.Updated);
        return draft;
    }

    /// <summary>Saves what the planner typed; false when there is no such draft.</summary>
    public bool SaveDraft(string id, string yaml, string? strategy, ulong? seed) =>
        Write("UPDATE drafts SET yaml = $yaml, strategy = $strategy, seed = $seed, updated = $time WHERE id = $id",
            id, null, yaml, strategy, seed, _clock.GetUtcNow()) == 1;

    public Draft? FindDraft(string id) => Read("SELECT id, label, yaml, strategy, seed, updated FROM drafts WHERE id = $id", id,
        r => new Draft(r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), Seed(r, 4), Time(r, 5))).FirstOrDefault();

    public Variant AddVariant(string name, string note, string yaml, string? strategy, ulong? seed)
    {
        var variant = new Variant(NewId(), name, note, yaml, strategy, seed, _clock.GetUtcNow());
        Write("INSERT INTO variants (id, name, note, yaml, strategy, seed, created) VALUES ($id, $label, $note, $yaml, $strategy, $seed, $time)",
            variant.Id, variant.Name, variant.Yaml, variant.Strategy, variant.Seed, variant.Created, variant.Note);
        return variant;
    }

    public Variant? FindVariant(string id) => Variants("WHERE id = $id", id).FirstOrDefault();

    /// <summary>Every variant, newest first.</summary>
    public IReadOnlyList<Variant> AllVariants() => Variants("ORDER BY created DESC, id", null);

    private List<Variant> Variants(string where, string? id) => Read($"SELECT id, name, note, yaml, strategy, seed, created FROM variants {where}", id,
        r => new Variant(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Text(r, 4), Seed(r, 5), Time(r, 6)));

    public void AddExperiment(string id, string label, string command, string argsJson, DateTimeOffset created) =>
        Run("INSERT INTO experiments (id, label, command, args_json, state, created) VALUES ($id, $label, $command, $args, 'running', $created)",
            ("$id", id), ("$label", label), ("$command", command), ("$args", argsJson), ("$created", created.ToString("O", CultureInfo.InvariantCulture)));

    public void FinishExperiment(string id, string state, string? problem) =>
        Run("UPDATE experiments SET state = $state, problem = $problem WHERE id = $id", ("$id", id), ("$state", state), ("$problem", problem));

    /// <summary>At start-up: an experiment still marked running lost its process with the server that ran it.</summary>
    public void InterruptRunningExperiments() =>
        Run("UPDATE experiments SET state = 'interrupted', problem = 'The server stopped while it ran; the files hold what it had written.' WHERE state = 'running'");

    /// <summary>Every experiment started from the page, newest first.</summary>
    public IReadOnlyList<ExperimentRecord> AllExperiments() =>
        Read("SELECT id, label, command, args_json, state, problem, created FROM experiments ORDER BY created DESC, id", null,
            r => new ExperimentRecord(r.GetString(0), r.GetString(1), r.GetString(2),
                System.Text.Json.JsonSerializer.Deserialize<string[]>(r.GetString(3)) ?? [], r.GetString(4), Text(r, 5), Time(r, 6)));

    private void Run(string sql, params (string Name, string? Value)[] parameters)
    {
        lock (_lock)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, (object?)value ?? DBNull.Value);
            cmd.ExecuteNonQuery();
        }
    }

    private int Write(string sql, string id, string? label, string yaml, string? strategy, ulong? seed, DateTimeOffset time, string? note = null)
    {
        lock (_lock)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$label", (object?)label ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$yaml", yaml);
            cmd.Parameters.AddWithValue("$strategy", (object?)strategy ?? DBNull.Value);
            // A seed is a ulong, which SQLite's signed integers cannot all hold: kept as text.
            cmd.Parameters.AddWithValue("$seed", seed is { } s ? s.ToString(CultureInfo.InvariantCulture) : DBNull.Value);
            cmd.Parameters.AddWithValue("$time", time.ToString("O", CultureInfo.InvariantCulture));
            return cmd.ExecuteNonQuery();
        }
    }

    private List<T> Read<T>(string sql, string? id, Func<SqliteDataReader, T> row)
    {
        lock (_lock)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            if (id is not null) cmd.Parameters.AddWithValue("$id", id);
            using var reader = cmd.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read()) rows.Add(row(reader));
            return rows;
        }
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static ulong? Seed(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : ulong.Parse(r.GetString(i), CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(SqliteDataReader r, int i) => DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture);

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
