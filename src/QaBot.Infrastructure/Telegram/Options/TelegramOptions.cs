using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Telegram.Options;

/// <summary>The <c>Telegram</c> config section (DESIGN §6): how the bot reaches the Bot API and how it delivers.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    public const string SectionName = "Telegram";

    public const string PollingMode = "polling";

    public const string WebhookMode = "webhook";

    /// <summary>The bot token from @BotFather; empty = no Telegram, everything the bot would send is printed instead.</summary>
    public string? BotToken { get; set; }

    /// <summary>A self-hosted Bot API server (or a test emulator), an absolute http(s) URL; empty = the public Bot API.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary><c>polling</c> (default) or <c>webhook</c>.</summary>
    [Required]
    [RegularExpression("^(polling|webhook)$", ErrorMessage = "must be 'polling' or 'webhook'")]
    public string Mode { get; set; } = PollingMode;

    /// <summary>The public HTTPS address Telegram posts updates to, ending in <c>/api/v1/telegram/webhook</c>.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Telegram sends it back in <c>X-Telegram-Bot-Api-Secret-Token</c>; 1–256 characters A-Z a-z 0-9 _ -.</summary>
    [RegularExpression("^[A-Za-z0-9_-]{1,256}$", ErrorMessage = "must be 1-256 characters of A-Z, a-z, 0-9, _ and -")]
    public string? WebhookSecret { get; set; }

    /// <summary>Language (ru or en) of messages to team chats and to people whose language the bot does not know yet.</summary>
    [RegularExpression("^(ru|en)$", ErrorMessage = "must be 'ru' or 'en'")]
    public string Language { get; set; } = "en";

    /// <summary>Long-polling wait per getUpdates call.</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>Updates handled at once (a slow /stats 30d does not hold up everyone else).</summary>
    [Range(1, 64)]
    public int UpdateConcurrency { get; set; } = 4;

    [Required]
    public DeliveryOptions Delivery { get; set; } = new();

    public bool HasToken => !string.IsNullOrWhiteSpace(BotToken);

    public bool UsesWebhook => string.Equals(Mode, WebhookMode, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Never echo the token: the message says what a token looks like instead.
        if (HasToken && !BotTokenFormat.IsMatch(BotToken!))
        {
            yield return new ValidationResult(BotTokenFormat.Message, [nameof(BotToken)]);
        }

        if (!string.IsNullOrWhiteSpace(ApiBaseUrl) && !IsAbsoluteUrl(ApiBaseUrl, Uri.UriSchemeHttp, Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("must be an absolute http:// or https:// URL, e.g. http://127.0.0.1:8081", [nameof(ApiBaseUrl)]);
        }

        // Telegram posts updates to HTTPS addresses only.
        if (!string.IsNullOrWhiteSpace(WebhookUrl) && !IsAbsoluteUrl(WebhookUrl, Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("must be an absolute https:// URL, e.g. https://qabot.example.com/api/v1/telegram/webhook", [nameof(WebhookUrl)]);
        }

        if (HasToken && UsesWebhook)
        {
            if (string.IsNullOrWhiteSpace(WebhookUrl))
            {
                yield return new ValidationResult("is required when Telegram:Mode is webhook", [nameof(WebhookUrl)]);
            }

            if (string.IsNullOrWhiteSpace(WebhookSecret))
            {
                yield return new ValidationResult("is required when Telegram:Mode is webhook", [nameof(WebhookSecret)]);
            }
        }

        foreach (var result in ValidateNested(Delivery, nameof(Delivery)))
        {
            yield return result;
        }
    }

    private static bool IsAbsoluteUrl(string value, params string[] schemes) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme, StringComparer.Ordinal) && uri.Host.Length > 0;

    private static IEnumerable<ValidationResult> ValidateNested(object value, string prefix)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, r.MemberNames.Select(m => $"{prefix}:{m}").ToList()));
    }
}
