using System.Security.Cryptography;
using Microsoft.ML;
using QaBot.Core.Abstractions;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// The ML.NET implementation of <see cref="IMessageScorer"/> (DESIGN §4): the politeness and sales-intent models,
/// loaded once from their zips. Fails at construction with a message naming the file when a model is missing or
/// corrupt. Thread-safe: messages go through pooled prediction engines; the batch overloads spread many messages
/// over all cores.
/// </summary>
public sealed class MlMessageScorer : IMessageScorer, IDisposable
{
    private const int VersionLength = 12;

    private readonly ScoringModel _politeness;
    private readonly ScoringModel _salesIntent;

    public MlMessageScorer(string politenessModelPath, string salesIntentModelPath)
    {
        var ml = new MLContext(seed: 1);
        _politeness = ScoringModel.Load(ml, MessageScoringTask.Politeness, politenessModelPath);
        try
        {
            _salesIntent = ScoringModel.Load(ml, MessageScoringTask.SalesIntent, salesIntentModelPath);
        }
        catch
        {
            _politeness.Dispose();
            throw;
        }

        ModelVersion = HashOf(politenessModelPath, salesIntentModelPath);
    }

    /// <summary>The first 12 hex digits of the SHA-256 of both model files, politeness first.</summary>
    public string ModelVersion { get; }

    /// <summary>P(rude) = 1 − P(polite or neutral).</summary>
    public float ScoreRudeness(string text, string? language) => 1f - _politeness.Predict(text, language);

    public float ScoreSalesIntent(string text, string? language) => _salesIntent.Predict(text, language);

    /// <summary>P(rude) of each message, in order; for scoring whole imports at once.</summary>
    public IReadOnlyList<float> ScoreRudeness(IReadOnlyList<(string Text, string? Language)> messages)
    {
        var polite = _politeness.Predict(messages);
        for (var i = 0; i < polite.Length; i++)
        {
            polite[i] = 1f - polite[i];
        }

        return polite;
    }

    /// <summary>P(purchase intent) of each message, in order.</summary>
    public IReadOnlyList<float> ScoreSalesIntent(IReadOnlyList<(string Text, string? Language)> messages) => _salesIntent.Predict(messages);

    public void Dispose()
    {
        _politeness.Dispose();
        _salesIntent.Dispose();
    }

    private static string HashOf(params string[] paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..VersionLength];
    }
}
