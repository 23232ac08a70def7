using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Kpis;

/// <summary>The <c>Business</c> section: the clock the team's days follow (a chat belongs to the business day of its start).</summary>
public sealed class BusinessOptions : IValidatableObject
{
    public const string SectionName = "Business";

    /// <summary>An IANA time zone id such as <c>Europe/Moscow</c>; daylight saving is honoured.</summary>
    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The configured zone; throws <see cref="TimeZoneNotFoundException"/> for an id the system does not know.</summary>
    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string? error = null;
        try
        {
            ResolveTimeZone();
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            error = $"'{TimeZone}' is not a time zone this system knows; use an IANA id such as Europe/Moscow or UTC";
        }

        if (error is not null)
        {
            yield return new ValidationResult(error, [nameof(TimeZone)]);
        }
    }
}
