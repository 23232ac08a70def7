using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using QaBot.Infrastructure.Scoring;

namespace QaBot.Benchmarks;

/// <summary>
/// Throughput of <see cref="MlMessageScorer"/> on real-looking chat messages (rows of config/training): one message
/// at a time through the pooled prediction engines on one thread; the batch API on all cores; and single-message
/// calls spread over all cores by the caller. Each operation scores one message with both models;
/// messages/s = 10⁶ ÷ the reported µs/op.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes the scorer.")]
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class ScoringBenchmarks
{
    private const int Messages = 2_000;

    private MlMessageScorer? _scorer;
    private (string Text, string? Language)[] _messages = [];

    [GlobalSetup]
    public void Setup()
    {
        _scorer = new MlMessageScorer(ScoringModels.PolitenessPath, ScoringModels.SalesIntentPath);
        var config = RepositoryPaths.ConfigDirectory();
        _messages = [.. Enum.GetValues<MessageScoringTask>()
            .SelectMany(task => TrainingSets.Load(task, config))
            .Select(t => (t.Text, t.Language))
            .Take(Messages)];
    }

    [GlobalCleanup]
    public void Cleanup() => _scorer?.Dispose();

    [Benchmark(OperationsPerInvoke = Messages, Description = "one message, both models, one thread")]
    public float ScoreOneByOne()
    {
        var sum = 0f;
        foreach (var (text, language) in _messages)
        {
            sum += _scorer!.ScoreRudeness(text, language) + _scorer.ScoreSalesIntent(text, language);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Messages, Description = "batch API, both models, all cores")]
    public float ScoreBatch()
    {
        var rudeness = _scorer!.ScoreRudeness(_messages);
        var intent = _scorer.ScoreSalesIntent(_messages);
        return rudeness[^1] + intent[^1];
    }

    [Benchmark(OperationsPerInvoke = Messages, Description = "one message, both models, all cores")]
    public float ScoreOneByOneInParallel()
    {
        var scores = new float[_messages.Length];
        Parallel.ForEach(Partitioner.Create(0, _messages.Length), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var (text, language) = _messages[i];
                scores[i] = _scorer!.ScoreRudeness(text, language) + _scorer.ScoreSalesIntent(text, language);
            }
        });

        return scores[^1];
    }
}
