using System.Security.Cryptography;
using Microsoft.ML;
using QaBot.Core.Abstractions;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// The ML.NET implementation of <see cref="IMessageScorer"/> (DESIGN §4): the politeness and sales-intent models,
/// loaded from their zips. Fails at construction with a message naming the file when a model is missing or corrupt.
/// <see cref="ReloadIfChanged"/> picks up a model file replaced by the nightly retraining (or by an admin) without a
/// restart. Thread-safe: messages go through pooled prediction engines of one loaded pair of models; the batch
/// overloads spread many messages over all cores.
/// </summary>
public sealed class MlMessageScorer : IMessageScorer, IDisposable
{
    private const int VersionLength = 12;

    private readonly MLContext _ml = new(seed: 1);
    private readonly string _politenessPath;
    private readonly string _salesIntentPath;
    private readonly Lock _reload = new();
    private volatile LoadedModels _models;
    private FileStamp[] _stamps;

    public MlMessageScorer(string politenessModelPath, string salesIntentModelPath)
    {
        _politenessPath = politenessModelPath;
        _salesIntentPath = salesIntentModelPath;
        _stamps = Stamps();
        _models = Load();
    }

    /// <summary>The first 12 hex digits of the SHA-256 of both model files, politeness first, as loaded.</summary>
    public string ModelVersion => _models.Version;

    /// <summary>P(rude) = 1 − P(polite or neutral).</summary>
    public float ScoreRudeness(string text, string? language) => 1f - _models.Politeness.Predict(text, language);

    public float ScoreSalesIntent(string text, string? language) => _models.SalesIntent.Predict(text, language);

    /// <summary>P(rude) of each message, in order; for scoring whole imports at once.</summary>
    public IReadOnlyList<float> ScoreRudeness(IReadOnlyList<(string Text, string? Language)> messages)
    {
        var polite = _models.Politeness.Predict(messages);
        for (var i = 0; i < polite.Length; i++)
        {
            polite[i] = 1f - polite[i];
        }

        return polite;
    }

    /// <summary>P(purchase intent) of each message, in order.</summary>
    public IReadOnlyList<float> ScoreSalesIntent(IReadOnlyList<(string Text, string? Language)> messages) => _models.SalesIntent.Predict(messages);

    /// <summary>
    /// Loads the models again when a file's size or write time changed since they were loaded (cheap to call every
    /// poll); true when the <see cref="ModelVersion"/> changed. A file that cannot be loaded throws once, naming it,
    /// and the models in use stay.
    /// </summary>
    public bool ReloadIfChanged()
    {
        lock (_reload)
        {
            var stamps = Stamps();
            if (stamps.SequenceEqual(_stamps))
            {
                return false;
            }

            // Remembered before loading, so a broken file is reported once rather than on every poll.
            _stamps = stamps;
            var loaded = Load();
            var changed = loaded.Version != _models.Version;
            // Swapped, not disposed: a scoring call may still hold the old pair; the collector frees it after.
            _models = loaded;
            return changed;
        }
    }

    public void Dispose()
    {
        _models.Politeness.Dispose();
        _models.SalesIntent.Dispose();
    }

    private LoadedModels Load()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var politeness = ScoringModel.Load(_ml, MessageScoringTask.Politeness, _politenessPath, hash);
        try
        {
            var salesIntent = ScoringModel.Load(_ml, MessageScoringTask.SalesIntent, _salesIntentPath, hash);
            return new LoadedModels(politeness, salesIntent, Convert.ToHexStringLower(hash.GetHashAndReset())[..VersionLength]);
        }
        catch
        {
            politeness.Dispose();
            throw;
        }
    }

    private FileStamp[] Stamps() => [FileStamp.Of(_politenessPath), FileStamp.Of(_salesIntentPath)];

    private sealed record LoadedModels(ScoringModel Politeness, ScoringModel SalesIntent, string Version);

    private readonly record struct FileStamp(long Length, DateTime WrittenUtc)
    {
        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : default;
        }
    }
}
