using System.ComponentModel.DataAnnotations;

namespace QaBot.Host.Jobs;

/// <summary>
/// <c>Hangfire:DashboardToken</c>: admins open <c>/hangfire?token=…</c> once (a cookie keeps them in). Without a token
/// the dashboard answers only requests from the machine itself.
/// </summary>
public sealed class DashboardOptionsConfig : IValidatableObject
{
    public const string SectionName = "Hangfire";

    /// <summary>The dashboard can trigger and delete jobs: a short token would be guessed.</summary>
    public const int MinTokenLength = 16;

    public string? DashboardToken { get; set; }

    public string? Token => string.IsNullOrWhiteSpace(DashboardToken) ? null : DashboardToken;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Token is { } token && token.Trim().Length < MinTokenLength)
        {
            yield return new ValidationResult($"must be at least {MinTokenLength} characters (a random string, e.g. from `openssl rand -hex 16`), or empty for loopback-only access", [nameof(DashboardToken)]);
        }
    }
}
