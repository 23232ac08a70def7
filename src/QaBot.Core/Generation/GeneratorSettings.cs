namespace QaBot.Core.Generation;

/// <summary>What <see cref="TranscriptGenerator"/> generates: which days, how many chats, in which business time zone, at which rates.</summary>
public sealed record GeneratorSettings
{
    /// <summary>Chat ids carry a five-digit number per day.</summary>
    public const int MaxChatsPerDay = 50_000;

    /// <summary>The business time zone used when none is given: a fixed UTC+03:00 without daylight saving.</summary>
    public static TimeZoneInfo DefaultTimeZone { get; } =
        TimeZoneInfo.CreateCustomTimeZone("UTC+03:00", TimeSpan.FromHours(3), "UTC+03:00", "UTC+03:00");

    /// <summary>Same seed and settings give the same chats, byte for byte.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The first business day generated. A fixed default (a Monday) keeps runs reproducible; the CLI picks its own.</summary>
    public DateOnly StartDate { get; init; } = new(2026, 11, 16);

    public int Days { get; init; } = 7;

    /// <summary>Mean number of chats on a weekday; weekends get <see cref="WeekendLoadFactor"/> of it.</summary>
    public int ChatsPerDay { get; init; } = 200;

    /// <summary>Saturday and Sunday volume relative to a weekday.</summary>
    public double WeekendLoadFactor { get; init; } = 0.55;

    /// <summary>The business time zone: arrivals follow its clock and timestamps carry its offset. Null = <see cref="DefaultTimeZone"/>.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    public GeneratorRates Rates { get; init; } = GeneratorRates.Default;

    public TimeZoneInfo BusinessTimeZone => TimeZone ?? DefaultTimeZone;

    /// <summary>Throws naming the first setting that cannot be generated.</summary>
    public void Validate()
    {
        if (Days < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Days), Days, "Days must be at least 1.");
        }

        if (ChatsPerDay is < 0 or > MaxChatsPerDay)
        {
            throw new ArgumentOutOfRangeException(nameof(ChatsPerDay), ChatsPerDay, $"ChatsPerDay must be between 0 and {MaxChatsPerDay}.");
        }

        if (!(WeekendLoadFactor is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(WeekendLoadFactor), WeekendLoadFactor, "WeekendLoadFactor must be between 0 and 1.");
        }

        if (StartDate.DayNumber + Days > DateOnly.MaxValue.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(Days), Days, "StartDate + Days is past the last representable date.");
        }

        ArgumentNullException.ThrowIfNull(Rates);
        Rates.Validate();
    }
}
