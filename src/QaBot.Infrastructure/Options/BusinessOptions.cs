using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Options;

/// <summary>The <c>Business</c> section: the time zone days, hours and schedules are counted in (DESIGN §3).</summary>
public sealed class BusinessOptions : IValidatableObject
{
    public const string SectionName = "Business";

    /// <summary>IANA time zone id, e.g. Europe/Moscow; daylight saving is handled.</summary>
    [Required(AllowEmptyStrings = false)]
    public string TimeZone { get; set; } = "UTC";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public TimeZoneInfo ResolveTimeZone() => Zone;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"'{TimeZone}' is not a known IANA time zone id (e.g. Europe/Moscow, UTC)", [nameof(TimeZone)]);
        }
    }
}
