using System.Globalization;
using System.Text.RegularExpressions;
using QaBot.Core.Generation;

namespace QaBot.Core.Tests.Generation;

public sealed partial class TranscriptGeneratorVolumeTests
{
    private static readonly IReadOnlyList<GeneratedChat> Week = GeneratedSample.Week;

    [Fact]
    public void Generate_AveragesChatsPerDayOnWeekdays_AndFewerAtTheWeekend()
    {
        var perDay = Week.GroupBy(g => DateOnly.FromDateTime(g.Chat.Messages[0].At.DateTime))
            .ToDictionary(d => d.Key, d => d.Count());
        var chatsPerDay = GeneratedSample.Settings.ChatsPerDay;

        Assert.Equal(7, perDay.Count);
        foreach (var (day, count) in perDay)
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                Assert.InRange(count, chatsPerDay * 0.45, chatsPerDay * 0.65);
            }
            else
            {
                Assert.InRange(count, chatsPerDay * 0.9, chatsPerDay * 1.1);
            }
        }
    }

    [Fact]
    public void Generate_PeaksInBusinessHours_AndIsQuietAtNight()
    {
        var byHour = new int[24];
        foreach (var g in Week)
        {
            byHour[g.Chat.Messages[0].At.Hour]++;
        }

        var peakHour = Array.IndexOf(byHour, byHour.Max());
        Assert.InRange(peakHour, 10, 17);
        Assert.All(Enumerable.Range(2, 4), night => Assert.True(byHour[night] < byHour[peakHour] / 10.0, $"hour {night}: {byHour[night]}"));
        Assert.True(byHour[14] < byHour[11] && byHour[14] < byHour[16], "The lunch dip between the morning and afternoon peaks is missing.");
    }

    [Fact]
    public void Generate_YieldsChatsInStartOrder_WithDailyNumberedIds()
    {
        var starts = Week.Select(g => g.Chat.Messages[0].At).ToList();
        Assert.True(starts.Zip(starts.Skip(1)).All(p => p.First <= p.Second), "Chats are not in start order.");

        foreach (var day in Week.GroupBy(g => g.Chat.Id[..^6]))
        {
            var ids = day.Select(g => g.Chat.Id).ToList();
            Assert.Equal(Enumerable.Range(1, ids.Count).Select(n => $"{day.Key}-{n:00000}"), ids);
        }

        Assert.All(Week, g =>
        {
            Assert.Matches(IdPattern(), g.Chat.Id);
            Assert.Equal(g.Chat.Messages[0].At.ToString("yyyyMMdd", CultureInfo.InvariantCulture), g.Chat.Id[2..10]);
        });
    }

    [GeneratedRegex(@"^g-\d{8}-\d{5}$")]
    private static partial Regex IdPattern();
}
