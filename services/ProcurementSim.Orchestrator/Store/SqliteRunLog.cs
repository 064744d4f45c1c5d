using Microsoft.Data.Sqlite;
using ProcurementSim.Orchestrator.Domain;

namespace ProcurementSim.Orchestrator.Store;

/// <summary>
/// The run log in one SQLite file (WAL journal; <c>:memory:</c> for tests): tables <c>runs</c>, <c>events</c> (primary
/// key run, tick, actor, sequence: a replayed tick cannot add an event twice), <c>results</c> and
/// <c>schema_version</c> (<see cref="SqliteSchema"/>; the columns' text forms: <see cref="StoredColumns"/>). One
/// connection, used under a lock; every write is one transaction.
/// </summary>
public sealed class SqliteRunLog : IRunLog, IDisposable
{
    /// <summary>The schema this version writes and reads.</summary>
    public const int SchemaVersion = 1;

    private readonly Lock _lock = new();
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    /// <summary>Opens (creating when missing) the store at <paramref name="path"/>, a file path or <c>:memory:</c>.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be opened, or holds a schema this version does not know.</exception>
    public SqliteRunLog(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _time = time ?? TimeProvider.System;
        var memory = path == ":memory:";
        if (!memory && Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        try
        {
            _connection.Open();
            Execute(memory ? "PRAGMA foreign_keys = OFF;" : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            SqliteSchema.Create(_connection, path);
        }
        catch (SqliteException e)
        {
            _connection.Dispose();
            throw new InvalidOperationException($"The run store {path} cannot be opened: {e.Message}", e);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredRun> Load()
    {
        lock (_lock)
        {
            using var command = Command(SelectRuns + " ORDER BY r.order_no");
            return ReadRuns(command);
        }
    }

    /// <inheritdoc />
    public StoredRun? Find(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        lock (_lock)
        {
            using var command = Command(SelectRuns + " WHERE r.id = $run");
            command.Parameters.AddWithValue("$run", runId);
            return ReadRuns(command).SingleOrDefault();
        }
    }

    private const string SelectRuns = """
        SELECT r.id, r.order_no, r.scenario_text, r.scenario_file, r.strategy, r.seed, r.run_index, r.overrides,
               r.state, r.error, s.score, s.result_json, s.timeline_csv, r.created_ticks, r.updated_ticks
        FROM runs r LEFT JOIN results s ON s.run_id = r.id
        """;

    private static List<StoredRun> ReadRuns(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var runs = new List<StoredRun>();
        while (reader.Read())
        {
            var state = StoredColumns.ParseState(reader.GetString(8));
            runs.Add(new StoredRun(
                reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                unchecked((ulong)reader.GetInt64(5)), reader.GetInt32(6), StoredColumns.ReadOverrides(reader.GetString(7)), state, reader.GetString(9))
            {
                Result = state == RunState.Completed && !reader.IsDBNull(10)
                    ? new StoredResult(reader.GetDouble(10), (byte[])reader[11], (byte[])reader[12])
                    : null,
                CreatedAt = new DateTimeOffset(reader.GetInt64(13), TimeSpan.Zero),
                UpdatedAt = new DateTimeOffset(reader.GetInt64(14), TimeSpan.Zero),
            });
        }

        return runs;
    }

    /// <inheritdoc />
    public void AddRun(StoredRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        lock (_lock)
        {
            var now = _time.GetUtcNow().UtcTicks;
            using var command = Command("""
                INSERT INTO runs (id, order_no, scenario_text, scenario_file, strategy, seed, run_index, overrides, state, error, created_ticks, updated_ticks)
                VALUES ($id, $order, $text, $file, $strategy, $seed, $index, $overrides, $state, $error, $now, $now)
                """);
            command.Parameters.AddWithValue("$id", run.Id);
            command.Parameters.AddWithValue("$order", run.Order);
            command.Parameters.AddWithValue("$text", run.ScenarioYaml);
            command.Parameters.AddWithValue("$file", run.ScenarioFile);
            command.Parameters.AddWithValue("$strategy", run.Strategy);
            command.Parameters.AddWithValue("$seed", unchecked((long)run.Seed));
            command.Parameters.AddWithValue("$index", run.RunIndex);
            command.Parameters.AddWithValue("$overrides", StoredColumns.WriteOverrides(run.Overrides));
            command.Parameters.AddWithValue("$state", StoredColumns.StateName(run.State));
            command.Parameters.AddWithValue("$error", run.Error);
            command.Parameters.AddWithValue("$now", now);
            command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public void SetState(string runId, RunState state, string error, RunFiles? files)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(error);
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            // Only forward: running only from pending, a terminal state only from pending or running.
            using var update = Command(
                state == RunState.Running
                    ? "UPDATE runs SET state = $state, error = $error, updated_ticks = $now WHERE id = $id AND state = 'pending'"
                    : "UPDATE runs SET state = $state, error = $error, updated_ticks = $now WHERE id = $id AND state IN ('pending', 'running')",
                transaction);
            update.Parameters.AddWithValue("$id", runId);
            update.Parameters.AddWithValue("$state", StoredColumns.StateName(state));
            update.Parameters.AddWithValue("$error", error);
            update.Parameters.AddWithValue("$now", _time.GetUtcNow().UtcTicks);
            var moved = update.ExecuteNonQuery() == 1;
            if (moved && state == RunState.Completed && files is not null)
            {
                using var insert = Command(
                    "INSERT OR REPLACE INTO results (run_id, score, result_json, timeline_csv) VALUES ($id, $score, $json, $csv)", transaction);
                insert.Parameters.AddWithValue("$id", runId);
                insert.Parameters.AddWithValue("$score", files.Score);
                insert.Parameters.AddWithValue("$json", files.ResultJson);
                insert.Parameters.AddWithValue("$csv", files.TimelineCsv);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <inheritdoc />
    public string? AppendTick(string runId, int tick, IReadOnlyList<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(events);
        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction();
            var stored = Read(runId, tick, transaction);
            if (stored.Count > 0)
            {
                transaction.Rollback();
                return StoredEventComparison.Compare(tick, stored, events);
            }

            using var insert = Command(
                "INSERT OR IGNORE INTO events (run_id, tick, actor_id, seq, kind, payload) VALUES ($run, $tick, $actor, $seq, $kind, $payload)", transaction);
            var run = insert.Parameters.Add("$run", SqliteType.Text);
            var tickParameter = insert.Parameters.Add("$tick", SqliteType.Integer);
            var actor = insert.Parameters.Add("$actor", SqliteType.Integer);
            var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
            var kind = insert.Parameters.Add("$kind", SqliteType.Text);
            var payload = insert.Parameters.Add("$payload", SqliteType.Text);
            foreach (var e in events)
            {
                if (e.Tick != tick)
                {
                    throw new ArgumentException($"An event of tick {e.Tick} was given with the events of tick {tick}.", nameof(events));
                }

                run.Value = runId;
                tickParameter.Value = tick;
                actor.Value = e.ActorId;
                seq.Value = e.Sequence;
                kind.Value = e.Event.Kind;
                payload.Value = StoredColumns.WritePayload(e.Event);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            return null;
        }
    }

    /// <inheritdoc />
    public StoredResult? Result(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        lock (_lock)
        {
            using var command = Command("SELECT score, result_json, timeline_csv FROM results WHERE run_id = $run");
            command.Parameters.AddWithValue("$run", runId);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new StoredResult(reader.GetDouble(0), (byte[])reader[1], (byte[])reader[2]) : null;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredEvent> Events(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        lock (_lock)
        {
            return Read(runId, tick: null, transaction: null);
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose() => _connection.Dispose();

    private List<StoredEvent> Read(string runId, int? tick, SqliteTransaction? transaction)
    {
        using var command = Command(
            tick is null
                ? "SELECT tick, actor_id, seq, kind, payload FROM events WHERE run_id = $run ORDER BY tick, actor_id, seq"
                : "SELECT tick, actor_id, seq, kind, payload FROM events WHERE run_id = $run AND tick = $tick ORDER BY actor_id, seq",
            transaction);
        command.Parameters.AddWithValue("$run", runId);
        if (tick is { } t)
        {
            command.Parameters.AddWithValue("$tick", t);
        }

        using var reader = command.ExecuteReader();
        var events = new List<StoredEvent>();
        while (reader.Read())
        {
            var at = reader.GetInt32(0);
            events.Add(new StoredEvent(at, reader.GetInt32(1), reader.GetInt32(2), StoredColumns.ReadPayload(at, reader.GetString(3), reader.GetString(4))));
        }

        return events;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
