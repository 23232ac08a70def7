using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Definitions;

/// <summary>Business hours (DESIGN §6): the schedule text, open time between two instants, and what it does to a chat.</summary>
public sealed class BusinessHoursTests
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    // 2026-11-20 is a Friday; Moscow is UTC+3 all year.
    private static DateTimeOffset Msk(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(3));

    [Fact]
    public void Parse_ReadsDaysRangesAndSeveralRangesADay()
    {
        var schedule = WeeklySchedule.Parse("mon-fri 09:00-13:00,14:00-18:00; sat 10:00-16:00");

        Assert.Equal([(TimeSpan.FromHours(9), TimeSpan.FromHours(13)), (TimeSpan.FromHours(14), TimeSpan.FromHours(18))], schedule.RangesOn(4));
        Assert.Equal([(TimeSpan.FromHours(10), TimeSpan.FromHours(16))], schedule.RangesOn(5));
        Assert.Empty(schedule.RangesOn(6));
        Assert.Equal(schedule.RangesOn(0), WeeklySchedule.Parse("пн-пт 09:00-13:00,14:00-18:00").RangesOn(0));
    }

    [Theory]
    [InlineData("mon-fry 09:00-18:00", "'fry' is not a weekday")]
    [InlineData("mon 9-18", "'9' in '9-18' is not a time of day")]
    [InlineData("mon-fri", "needs days and hours")]
    [InlineData("mon 09:00-09:00", "opens and closes at the same time")]
    [InlineData(" ; ", "the schedule is empty")]
    public void Parse_NamesThePartItCannotRead(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => WeeklySchedule.Parse(text));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Elapsed_CountsOnlyOpenTime_AcrossTheWeekend()
    {
        var hours = Hours("mon-fri 09:00-18:00");

        // Friday 17:59 → Monday 09:01: one minute on Friday, one on Monday.
        Assert.Equal(TimeSpan.FromMinutes(2), hours.Elapsed(null, Channels.Chat, Msk(20, 17, 59), Msk(23, 9, 1)));
        Assert.Equal(TimeSpan.Zero, hours.Elapsed(null, Channels.Chat, Msk(20, 19), Msk(23, 8)));
        Assert.False(hours.IsOpen(null, Channels.Chat, Msk(21, 12)));
        Assert.True(hours.IsOpen(null, Channels.Chat, Msk(23, 12)));
    }

    [Fact]
    public void Elapsed_FollowsAnOvernightRange_AndCountsOverlapsOnce()
    {
        var overnight = Hours("daily 22:00-06:00");
        var overlapping = Hours("mon 09:00-12:00; mon 10:00-13:00");

        Assert.Equal(TimeSpan.FromHours(2), overnight.Elapsed(null, Channels.Chat, Msk(20, 5), Msk(20, 23)));
        Assert.Equal(TimeSpan.FromHours(4), overlapping.Elapsed(null, Channels.Chat, Msk(23, 0), Msk(24, 0)));
    }

    [Fact]
    public void Elapsed_SkipsHolidays_GivenAsDatesAndRanges()
    {
        var hours = new BusinessHours(
            [KeyValuePair.Create((BusinessHours.Any, BusinessHours.Any), WeeklySchedule.Parse("mon-fri 09:00-18:00"))],
            BusinessHours.ParseHolidays(["2026-11-23", "2026-11-25..2026-11-26"]), Moscow);

        // Fri 17:00 → Fri 10:00 a week later: Fri 1 h, Tue 9 h, Fri 1 h; Monday, Wednesday and Thursday are holidays.
        Assert.Equal(TimeSpan.FromHours(11), hours.Elapsed(null, Channels.Chat, Msk(20, 17), Msk(27, 10)));
        Assert.Throws<FormatException>(() => BusinessHours.ParseHolidays(["2026-11-26..2026-11-25"]).ToList());
    }

    [Fact]
    public void Elapsed_HonoursDaylightSaving()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var hours = new BusinessHours([KeyValuePair.Create((BusinessHours.Any, BusinessHours.Any), WeeklySchedule.Parse("daily 00:00-24:00; sun 01:00-04:00"))], [], berlin);
        var start = new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.FromHours(1));

        // The clocks skip 02:00–03:00 on 2026-03-29: that Sunday has 23 hours, all of them open.
        Assert.Equal(TimeSpan.FromHours(23), hours.Elapsed(null, Channels.Chat, start, start.AddHours(23)));
    }

    [Fact]
    public void For_PrefersGroupAndChannel_ThenGroup_ThenChannel_ThenAny()
    {
        var hours = new BusinessHours(
        [
            KeyValuePair.Create(("sales", "email"), WeeklySchedule.Parse("mon 01:00-02:00")),
            KeyValuePair.Create(("Sales", BusinessHours.Any), WeeklySchedule.Parse("mon 02:00-03:00")),
            KeyValuePair.Create((BusinessHours.Any, "email"), WeeklySchedule.Parse("mon 03:00-04:00")),
            KeyValuePair.Create((BusinessHours.Any, BusinessHours.Any), WeeklySchedule.Parse("mon 04:00-05:00")),
        ], [], Moscow);

        Assert.Equal("mon 01:00-02:00", hours.For("SALES", "email").Text);
        Assert.Equal("mon 02:00-03:00", hours.For("sales", "chat").Text);
        Assert.Equal("mon 03:00-04:00", hours.For("support", "email").Text);
        Assert.Equal("mon 04:00-05:00", hours.For(null, "chat").Text);
    }

    [Fact]
    public void Timeline_ChatWrittenAndLeftAtNight_IsAfterHours_NotMissed()
    {
        var settings = DefinitionSettings.Default with { BusinessHours = Hours("mon-fri 09:00-18:00") };
        var night = Customer(Msk(20, 22), endedAt: Msk(20, 22, 10));
        var earlyAndStayed = Customer(Msk(23, 8, 50), endedAt: Msk(23, 9, 30));

        var nightTimeline = ChatTimeline.For(night, Msk(24, 12), settings);
        var stayedTimeline = ChatTimeline.For(earlyAndStayed, Msk(24, 12), settings);
        var everyHour = ChatTimeline.For(night, Msk(24, 12), DefinitionSettings.Default);

        Assert.True(nightTimeline.IsAfterHours);
        Assert.False(nightTimeline.IsMissed);
        Assert.False(stayedTimeline.IsAfterHours);
        Assert.True(stayedTimeline.IsMissed);
        Assert.True(everyHour.IsMissed);
        Assert.False(everyHour.IsAfterHours);
    }

    [Fact]
    public void Timeline_WaitCountsOpenTime_WhenANightChatIsAnsweredInTheMorning()
    {
        var settings = DefinitionSettings.Default with { BusinessHours = Hours("mon-fri 09:00-18:00") };
        var chat = Customer(Msk(20, 23), endedAt: null) with
        {
            Messages =
            [
                new ChatMessage { Id = "m1", At = Msk(20, 23), From = Sender.Customer, Text = "Добрый вечер, когда доставка?" },
                new ChatMessage { Id = "m2", At = Msk(23, 9, 0).AddSeconds(15), From = Sender.Operator, Text = "Доброе утро! Сегодня до 18:00." },
            ],
        };

        var timeline = ChatTimeline.For(chat, Msk(23, 9, 5), settings);

        Assert.Equal(TimeSpan.FromSeconds(15), timeline.Wait);
        Assert.Equal(TimeSpan.FromMinutes(5), ChatTimeline.For(chat with { Messages = chat.Messages.Take(1).ToList() }, Msk(23, 9, 5), settings).WaitedAt(Msk(23, 9, 5)));
    }

    private static BusinessHours Hours(string schedule) =>
        new([KeyValuePair.Create((BusinessHours.Any, BusinessHours.Any), WeeklySchedule.Parse(schedule))], [], Moscow);

    private static Chat Customer(DateTimeOffset at, DateTimeOffset? endedAt) => new()
    {
        Id = "c1",
        Source = "webchat",
        Channel = Channels.Chat,
        EndedAt = endedAt,
        Messages = [new ChatMessage { Id = "m1", At = at, From = Sender.Customer, Text = "Здравствуйте, есть кто?" }],
    };
}
