using System.ComponentModel.DataAnnotations;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Kpis;

/// <summary>The <c>Sla</c> section: the answer time <c>T</c> of the service level per channel, and its target.</summary>
public sealed class SlaOptions : IValidatableObject
{
    public const string SectionName = "Sla";

    /// <summary>
    /// <c>Sla:AnswerWithinSeconds:&lt;channel&gt;</c>. Configuration adds to and overrides these defaults; a channel not
    /// listed uses the chat channel's value. Each default fits what customers of that channel expect: live chat and calls
    /// the classic 20 s, messengers (Telegram, WhatsApp, social inboxes), which customers answer in their own time,
    /// 5 minutes, e-mail 4 hours.
    /// </summary>
    public Dictionary<string, int> AnswerWithinSeconds { get; set; } = new(StringComparer.Ordinal)
    {
        [Channels.Chat] = 20,
        [Channels.Messenger] = 300,
        [Channels.Call] = 20,
        [Channels.Email] = 14400,
    };

    /// <summary>The service-level target the staffing estimate aims for: 0.8 = 80 % answered within <c>T</c>.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double Target { get; set; } = 0.8;

    /// <summary>
    /// <c>Sla:BusinessHoursOnly</c> (default false): waits, the service level and alerts count <c>Business:Hours</c>
    /// only, and a chat that started and ended unanswered while closed is <c>after_hours</c>, not missed.
    /// </summary>
    public bool BusinessHoursOnly { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        // Business hours live in the Business section; the validator hands over the configuration to look there.
        if (BusinessHoursOnly && validationContext.Items.TryGetValue(typeof(Microsoft.Extensions.Configuration.IConfiguration), out var value)
            && value is Microsoft.Extensions.Configuration.IConfiguration configuration
            && !configuration.GetSection("Business:Hours").GetChildren().Any())
        {
            yield return new ValidationResult(
                "is true but Business:Hours is empty: set e.g. Business:Hours:*:* = \"mon-fri 09:00-18:00\", or leave it off", [nameof(BusinessHoursOnly)]);
        }

        foreach (var (channel, seconds) in AnswerWithinSeconds)
        {
            var member = $"{nameof(AnswerWithinSeconds)}:{channel}";
            if (!Channels.IsKnown(channel))
            {
                yield return new ValidationResult($"unknown channel; use one of {string.Join(", ", Channels.All)}", [member]);
            }
            else if (seconds is < 0 or > 30 * 86400)
            {
                yield return new ValidationResult($"must be between 0 and {30 * 86400} seconds, got {seconds}", [member]);
            }
        }
    }
}
