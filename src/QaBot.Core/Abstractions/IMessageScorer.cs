namespace QaBot.Core.Abstractions;

/// <summary>
/// The ML scoring port: politeness of operator messages and purchase intent of customer messages.
/// Implementations must be thread-safe. Language is an ISO 639-1 code (ru, en, zh) or null when unknown.
/// </summary>
public interface IMessageScorer
{
    /// <summary>Identifies the models in use, stored with each result so results can be recomputed when it changes.</summary>
    string ModelVersion { get; }

    /// <summary>P(rude) of an operator message, 0–1.</summary>
    float ScoreRudeness(string text, string? language);

    /// <summary>P(purchase intent) of a customer message, 0–1.</summary>
    float ScoreSalesIntent(string text, string? language);
}
