using System.Text.Json;
using System.Text.RegularExpressions;

namespace QaBot.Infrastructure.Ingest.Chatwoot;

/// <summary>
/// The chat language from a Chatwoot conversation, as a lower-case primary language subtag (<c>ru-RU</c> → <c>ru</c>)
/// because QaBot's phrase lists are per language (<c>config/rules/&lt;lang&gt;.json</c>).
/// </summary>
internal static partial class ChatwootLanguage
{
    /// <summary>
    /// Explicit settings first (a <c>language</c> custom attribute on the conversation, the detected
    /// <c>conversation_language</c>, a <c>language</c> custom attribute on the contact), then the widget's browser language.
    /// </summary>
    public static string? Read(JsonElement conversation, JsonElement? meta)
    {
        var contact = meta is { } m ? ChatwootJson.Object(m, "sender") : null;
        string?[] candidates =
        [
            Attribute(conversation, "custom_attributes", "language"),
            Attribute(conversation, "additional_attributes", "conversation_language"),
            contact is { } c1 ? Attribute(c1, "custom_attributes", "language") : null,
            Attribute(conversation, "additional_attributes", "browser_language"),
            contact is { } c2 ? Attribute(c2, "additional_attributes", "browser_language") : null,
        ];
        return candidates.Select(Normalize).FirstOrDefault(language => language is not null);
    }

    private static string? Attribute(JsonElement owner, string attributes, string name) =>
        ChatwootJson.Object(owner, attributes) is { } values ? ChatwootJson.Text(values, name) : null;

    private static string? Normalize(string? tag)
    {
        var match = tag is null ? null : LanguageTag().Match(tag.Trim());
        return match is { Success: true } ? match.Groups["primary"].Value.ToLowerInvariant() : null;
    }

    // BCP 47-ish: "ru", "en-US", "zh_CN", "pt-BR"; free text such as "Русский" is not a language tag and is skipped.
    [GeneratedRegex("^(?<primary>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
