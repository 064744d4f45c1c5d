using System.Globalization;
using Microsoft.Data.Sqlite;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Seminar.Store;

/// <summary>
/// The seminar games in one SQLite file (WAL; <c>:memory:</c> for tests): <c>games</c> (setup with the scenario text,
/// settings, created time), <c>tokens</c> (SHA-256 hashes only) and <c>events</c> (game, sequence, SeminarJson).
/// One connection, used under a lock; every write is one statement or one transaction.
/// </summary>
public sealed class SqliteGameStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS games (
            id TEXT PRIMARY KEY,
            setup_json TEXT NOT NULL,
            scenario_label TEXT NOT NULL,
            turn_seconds INTEGER NOT NULL,
            auto_timeout INTEGER NOT NULL,
            paused INTEGER NOT NULL,
            created TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS tokens (
            game_id TEXT NOT NULL,
            role TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            PRIMARY KEY (game_id, role)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS events (
            game_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            event_json TEXT NOT NULL,
            PRIMARY KEY (game_id, seq)) WITHOUT ROWID;
        """;

    private readonly Lock _lock = new();
    private readonly SqliteConnection _connection;

    /// <summary>Opens (creating when missing) the store at <paramref name="path"/>, a file path or <c>:memory:</c>.</summary>
    public SqliteGameStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var memory = path == ":memory:";
        if (!memory && Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            _connection.Open();
            Execute(memory ? Schema : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;" + Schema);
            AddStartedColumn();
        }
        catch (SqliteException e)
        {
            _connection.Dispose();
            throw new InvalidOperationException($"The seminar store {path} cannot be opened: {e.Message}", e);
        }
    }

    // Stores made before games had a start: their games were already running their clocks, so they count as started.
    private void AddStartedColumn()
    {
        using var cmd = Command("SELECT COUNT(*) FROM pragma_table_info('games') WHERE name = 'started'", null);
        if (Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) == 0) Execute("ALTER TABLE games ADD COLUMN started INTEGER NOT NULL DEFAULT 1");
    }

    /// <summary>Adds a new game with its token hashes (role: "facilitator" or a seat id).</summary>
    public void AddGame(string id, SeminarSetup setup, string scenarioLabel, GameSettings settings, IReadOnlyDictionary<string, string> tokenHashes, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(tokenHashes);
        lock (_lock)
        {
            using var tx = _connection.BeginTransaction();
            using (var cmd = Command("INSERT INTO games (id, setup_json, scenario_label, turn_seconds, auto_timeout, paused, created, started) VALUES ($id, $setup, $label, $secs, $auto, $paused, $created, $started)", tx))
            {
                cmd.Parameters.AddWithValue("$id", id);
                cmd.Parameters.AddWithValue("$setup", SeminarJson.Serialize(setup));
                cmd.Parameters.AddWithValue("$label", scenarioLabel);
                AddSettings(cmd, settings);
                cmd.Parameters.AddWithValue("$created", created.ToString("O", CultureInfo.InvariantCulture));
                cmd.ExecuteNonQuery();
            }
            foreach (var (role, hash) in tokenHashes) SetTokenHash(id, role, hash, tx);
            tx.Commit();
        }
    }

    /// <summary>Replaces a role's token hash (a reissued join link).</summary>
    public void SetTokenHash(string id, string role, string hash)
    {
        lock (_lock) SetTokenHash(id, role, hash, null);
    }

    /// <summary>Stores a game's settings.</summary>
    public void UpdateSettings(string id, GameSettings settings)
    {
        lock (_lock)
        {
            using var cmd = Command("UPDATE games SET turn_seconds = $secs, auto_timeout = $auto, paused = $paused, started = $started WHERE id = $id", null);
            cmd.Parameters.AddWithValue("$id", id);
            AddSettings(cmd, settings);
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Appends events <paramref name="firstSeq"/>… of a game, in one transaction.</summary>
    public void AppendEvents(string id, int firstSeq, IEnumerable<GameEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        lock (_lock)
        {
            using var tx = _connection.BeginTransaction();
            var seq = firstSeq;
            foreach (var e in events)
            {
                using var cmd = Command("INSERT INTO events VALUES ($id, $seq, $json)", tx);
                cmd.Parameters.AddWithValue("$id", id);
                cmd.Parameters.AddWithValue("$seq", seq++);
                cmd.Parameters.AddWithValue("$json", SeminarJson.Serialize(e));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>Every stored game with its events, oldest first.</summary>
    public IReadOnlyList<StoredGame> LoadAll()
    {
        lock (_lock)
        {
            var games = new List<(string Id, string Setup, string Label, GameSettings Settings, DateTimeOffset Created)>();
            using (var cmd = Command("SELECT id, setup_json, scenario_label, turn_seconds, auto_timeout, paused, created, started FROM games ORDER BY created, id", null))
            using (var r = cmd.ExecuteReader())
            {
                while (r.Read())
                {
                    games.Add((r.GetString(0), r.GetString(1), r.GetString(2), new GameSettings(r.GetInt32(3), r.GetInt32(4) != 0, r.GetInt32(5) != 0, r.GetInt32(7) != 0),
                        DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture)));
                }
            }
            return [.. games.Select(g => new StoredGame(g.Id, SeminarJson.Deserialize<SeminarSetup>(g.Setup), g.Label, g.Settings, Tokens(g.Id), g.Created, Events(g.Id)))];
        }
    }

    private Dictionary<string, string> Tokens(string id)
    {
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT role, sha256 FROM tokens WHERE game_id = $id", null);
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        while (r.Read()) tokens[r.GetString(0)] = r.GetString(1);
        return tokens;
    }

    private List<GameEvent> Events(string id)
    {
        var events = new List<GameEvent>();
        using var cmd = Command("SELECT event_json FROM events WHERE game_id = $id ORDER BY seq", null);
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        while (r.Read()) events.Add(SeminarJson.Deserialize<GameEvent>(r.GetString(0)));
        return events;
    }

    private void SetTokenHash(string id, string role, string hash, SqliteTransaction? tx)
    {
        using var cmd = Command("INSERT INTO tokens VALUES ($id, $role, $hash) ON CONFLICT (game_id, role) DO UPDATE SET sha256 = excluded.sha256", tx);
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$role", role);
        cmd.Parameters.AddWithValue("$hash", hash);
        cmd.ExecuteNonQuery();
    }

    private static void AddSettings(SqliteCommand cmd, GameSettings settings)
    {
        cmd.Parameters.AddWithValue("$secs", settings.TurnSeconds);
        cmd.Parameters.AddWithValue("$auto", settings.AutoTimeout ? 1 : 0);
        cmd.Parameters.AddWithValue("$paused", settings.Paused ? 1 : 0);
        cmd.Parameters.AddWithValue("$started", settings.Started ? 1 : 0);
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private void Execute(string sql)
    {
        using var cmd = Command(sql, null);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
