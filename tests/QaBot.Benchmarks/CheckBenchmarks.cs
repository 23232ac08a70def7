using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using QaBot.Core.Definitions;
using QaBot.Core.Generation;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Scoring;

namespace QaBot.Benchmarks;

/// <summary>
/// Chats checked per second: every DESIGN §3 check, with both models scoring the messages, over generated chats
/// (ru, en and zh, 2 days at 500 chats a day), as the quality worker and <c>qabot score</c> do it; on one thread and
/// spread over all cores. chats/s = 10⁶ ÷ the reported µs/op.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes the scorer.")]
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class CheckBenchmarks
{
    private MlMessageScorer? _scorer;
    private ChatQuality? _quality;
    private Chat[] _chats = [];
    private DateTimeOffset _now;

    [GlobalSetup]
    public void Setup()
    {
        var config = RepositoryPaths.ConfigDirectory();
        _scorer = new MlMessageScorer(Path.Combine(config, "models", "politeness.zip"), Path.Combine(config, "models", "sales-intent.zip"));
        _quality = new ChatQuality(Options.Create(new RulesOptions { Directory = Path.Combine(config, "rules") }), _scorer, DefinitionSettings.Default);
        var settings = new GeneratorSettings { Seed = 11, Days = 2, ChatsPerDay = 500 };
        _chats = [.. new TranscriptGenerator().Generate(settings)];
        _now = new DateTimeOffset(settings.StartDate.AddDays(12).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    [GlobalCleanup]
    public void Cleanup() => _scorer?.Dispose();

    /// <summary>The number of chats each invocation checks (operations per invoke).</summary>
    public const int Chats = 1_000;

    [Benchmark(OperationsPerInvoke = Chats, Description = "check one chat (all checks, both models), one thread")]
    public int CheckOneByOne()
    {
        var sum = 0;
        for (var i = 0; i < Chats; i++)
        {
            sum += _quality!.Check(_chats[i % _chats.Length], _now).QaScore ?? 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Chats, Description = "check chats, all cores")]
    public int CheckInParallel()
    {
        var scores = new int[Chats];
        Parallel.For(0, Chats, i => scores[i] = _quality!.Check(_chats[i % _chats.Length], _now).QaScore ?? 0);
        return scores.Sum();
    }
}
