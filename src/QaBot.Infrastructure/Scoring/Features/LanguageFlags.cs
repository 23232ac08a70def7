namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>One-hot of the message language, so one model can weigh a cue differently per language.</summary>
internal static class LanguageFlags
{
    public const int Count = 3;

    public static void Compute(string? language, Span<float> features)
    {
        switch (language)
        {
            case ScoringLanguages.Russian: features[0] = 1f; break;
            case ScoringLanguages.English: features[1] = 1f; break;
            case ScoringLanguages.Chinese: features[2] = 1f; break;
        }
    }
}
