using QaBot.Infrastructure.Telegram.Periods;

namespace QaBot.IntegrationTests.Telegram.Text;

public sealed class PeriodParserTests
{
    // 23:30 UTC on 20 November is already 21 November in Moscow (UTC+3).
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 23, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    [Theory]
    [InlineData(null, "2026-11-21", "2026-11-21")]
    [InlineData("today", "2026-11-21", "2026-11-21")]
    [InlineData("yesterday", "2026-11-20", "2026-11-20")]
    [InlineData("7d", "2026-11-15", "2026-11-21")]
    [InlineData("30d", "2026-10-23", "2026-11-21")]
    [InlineData("2026-11-01", "2026-11-01", "2026-11-01")]
    [InlineData("2026-11-01..2026-11-30", "2026-11-01", "2026-11-30")]
    [InlineData("20261101-20261130", "2026-11-01", "2026-11-30")]
    [InlineData("week", "2026-11-15", "2026-11-21")]
    [InlineData("неделя", "2026-11-15", "2026-11-21")]
    [InlineData("month", "2026-10-23", "2026-11-21")]
    [InlineData("lastweek", "2026-11-09", "2026-11-15")]
    [InlineData("прошлаянеделя", "2026-11-09", "2026-11-15")]
    [InlineData("lastmonth", "2026-10-01", "2026-10-31")]
    [InlineData("прошлыймесяц", "2026-10-01", "2026-10-31")]
    public void TryParse_GivesBusinessDays_WhenPeriodIsDays(string? text, string from, string to)
    {
        Assert.True(PeriodParser.TryParse(text, Now, Moscow, out var period));

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (period.From, period.To));
        Assert.False(period.IsLiveWindow);
    }

    [Theory]
    [InlineData("15m", 15)]
    [InlineData("60m", 60)]
    public void TryParse_GivesLastMinutes_WhenPeriodIsLive(string text, int minutes)
    {
        Assert.True(PeriodParser.TryParse(text, Now, Moscow, out var period));

        Assert.Equal(minutes, period.Minutes);
        Assert.Equal((Now.AddMinutes(-minutes), Now), period.Window(Now, Moscow));
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-13-01")]
    [InlineData("2026-11-30..2026-11-01")]
    [InlineData("2020-01-01..2026-01-01")]
    [InlineData("0d")]
    [InlineData("sales")]
    public void TryParse_Fails_WhenTextIsNoPeriod(string text) => Assert.False(PeriodParser.TryParse(text, Now, Moscow, out _));

    [Fact]
    public void Window_CoversBusinessDaysInZone_WhenPeriodIsDays()
    {
        PeriodParser.TryParse("2026-11-20", Now, Moscow, out var period);

        Assert.Equal((new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.FromHours(3)), new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.FromHours(3))), period.Window(Now, Moscow));
    }

    [Theory]
    [InlineData("15m")]
    [InlineData("yesterday")]
    [InlineData("2026-11-01..2026-11-30")]
    public void Token_ParsesBackToSamePeriod_WhenUsedInCallbackData(string text)
    {
        PeriodParser.TryParse(text, Now, Moscow, out var period);

        Assert.True(PeriodParser.TryParse(period.Token, Now, Moscow, out var again));
        Assert.Equal(period, again);
    }

    [Theory]
    [InlineData("2026-11-30..2026-11-01", PeriodProblem.Reversed)]
    [InlineData("2024-01-01..2026-11-20", PeriodProblem.TooLong)]
    [InlineData("9999d", PeriodProblem.TooLong)]
    [InlineData("2000m", PeriodProblem.TooLong)]
    [InlineData("lastweek", null)]
    [InlineData("bogus", null)]
    public void Problem_SaysWhyARangeCannotBe_AndNothingForOtherWords(string text, PeriodProblem? expected)
    {
        Assert.Equal(expected, PeriodParser.Problem(text));
    }
}
