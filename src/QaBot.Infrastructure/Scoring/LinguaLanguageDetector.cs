using Lingua;
using QaBot.Core.Abstractions;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// Chat language detection (DESIGN §4: "the chat's language is its language field, else detected") with Lingua,
/// restricted to the languages QaBot has rules and models for. Lingua's detector is immutable once built and its
/// language models are shared read-only, so one instance serves every thread; build it once (a singleton).
/// </summary>
public sealed class LinguaLanguageDetector : ILanguageDetector
{
    private readonly LanguageDetector _detector = LanguageDetectorBuilder
        .FromLanguages(Language.Russian, Language.English, Language.Chinese)
        .WithPreloadedLanguageModels()
        .Build();

    public string? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return _detector.DetectLanguageOf(text) switch
        {
            Language.Russian => ScoringLanguages.Russian,
            Language.English => ScoringLanguages.English,
            Language.Chinese => ScoringLanguages.Chinese,
            _ => null,
        };
    }
}
