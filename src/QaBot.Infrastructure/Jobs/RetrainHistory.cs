using System.Data.Common;
using System.Globalization;
using QaBot.Infrastructure.Scoring;
using QaBot.Infrastructure.Storage;
using QaBot.Infrastructure.Telegram.Storage;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Jobs;

/// <summary>
/// A row per model retrained by <see cref="RetrainJob"/> (table <c>model_retrains</c>), so admins can see when the
/// models changed and why, and the job knows which labels it has already learned from.
/// </summary>
public sealed class RetrainHistory
{
    public const string Module = "retrain";

    private const string Columns = "task, at, train_examples, test_examples, labels, current_accuracy, candidate_accuracy, replaced, newest_label_at";

    private static readonly SchemaMigration[] Sqlite =
    [
        new(1, "model retrains", """
            CREATE TABLE model_retrains (task TEXT NOT NULL, at INTEGER NOT NULL, train_examples INTEGER NOT NULL, test_examples INTEGER NOT NULL,
                labels INTEGER NOT NULL, current_accuracy REAL NOT NULL, candidate_accuracy REAL NOT NULL, replaced INTEGER NOT NULL,
                newest_label_at INTEGER NOT NULL, PRIMARY KEY (task, at));
            """),
    ];

    private static readonly SchemaMigration[] Postgres =
    [
        new(1, "model retrains", """
            CREATE TABLE model_retrains (task text NOT NULL, at bigint NOT NULL, train_examples integer NOT NULL, test_examples integer NOT NULL,
                labels integer NOT NULL, current_accuracy double precision NOT NULL, candidate_accuracy double precision NOT NULL, replaced integer NOT NULL,
                newest_label_at bigint NOT NULL, PRIMARY KEY (task, at));
            """),
    ];

    private readonly QaBotDatabase _db;

    public RetrainHistory(QaBotDatabase db)
    {
        _db = db;
    }

    public Task MigrateAsync(CancellationToken cancellationToken) => _db.MigrateAsync(Module, Sqlite, Postgres, cancellationToken);

    public async Task AddAsync(RetrainOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await _db.OpenAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, $"INSERT INTO model_retrains ({Columns}) VALUES (@task, @at, @train, @test, @labels, @current, @candidate, @replaced, @newest);", cancellationToken,
            ("task", outcome.Task.ToName()), ("at", ToMicros(outcome.At)), ("train", outcome.TrainExamples), ("test", outcome.TestExamples),
            ("labels", outcome.Labels), ("current", outcome.CurrentAccuracy), ("candidate", outcome.CandidateAccuracy),
            ("replaced", outcome.Replaced ? 1 : 0), ("newest", ToMicros(outcome.NewestLabelAt)));
    }

    /// <summary>The most recent runs first, at most <paramref name="limit"/>; of one task when given.</summary>
    public async Task<IReadOnlyList<RetrainOutcome>> RecentAsync(int limit, MessageScoringTask? task, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.QueryAsync(connection,
            $"SELECT {Columns} FROM model_retrains WHERE @task = '' OR task = @task ORDER BY at DESC, task LIMIT @limit", Read, cancellationToken,
            ("task", task?.ToName() ?? string.Empty), ("limit", (long)limit));
    }

    private static RetrainOutcome Read(DbDataReader r)
    {
        var name = r.GetString(0);
        if (!MessageScoringTaskNames.TryParse(name, out var task))
        {
            throw new InvalidDataException($"model_retrains holds an unknown task '{name}'.");
        }

        return new RetrainOutcome(task, FromMicros(Sql.Long(r.GetValue(1))), (int)Sql.Long(r.GetValue(2)), (int)Sql.Long(r.GetValue(3)),
            (int)Sql.Long(r.GetValue(4)), Convert.ToDouble(r.GetValue(5), CultureInfo.InvariantCulture), Convert.ToDouble(r.GetValue(6), CultureInfo.InvariantCulture),
            Sql.Long(r.GetValue(7)) != 0, FromMicros(Sql.Long(r.GetValue(8))));
    }
}
