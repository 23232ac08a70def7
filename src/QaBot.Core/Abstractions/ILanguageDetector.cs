namespace QaBot.Core.Abstractions;

/// <summary>
/// Detects the language of a chat without a <c>language</c> field (DESIGN §4). Implementations must be thread-safe.
/// </summary>
public interface ILanguageDetector
{
    /// <summary>An ISO 639-1 code (ru, en, zh), or null when the text is too short or ambiguous to tell.</summary>
    string? Detect(string text);
}
