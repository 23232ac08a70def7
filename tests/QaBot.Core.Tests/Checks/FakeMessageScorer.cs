using QaBot.Core.Abstractions;

namespace QaBot.Core.Tests.Checks;

/// <summary>A scorer whose answers the test decides; records what it was asked.</summary>
internal sealed class FakeMessageScorer(Func<string, float>? rudeness = null, Func<string, float>? salesIntent = null) : IMessageScorer
{
    public string ModelVersion => "fake-models-1";

    public List<string?> LanguagesSeen { get; } = [];

    public List<string> SalesIntentAskedFor { get; } = [];

    public float ScoreRudeness(string text, string? language)
    {
        LanguagesSeen.Add(language);
        return rudeness?.Invoke(text) ?? 0.01f;
    }

    public float ScoreSalesIntent(string text, string? language)
    {
        LanguagesSeen.Add(language);
        SalesIntentAskedFor.Add(text);
        return salesIntent?.Invoke(text) ?? 0.01f;
    }
}
