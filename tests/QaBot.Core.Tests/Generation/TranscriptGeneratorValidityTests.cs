using QaBot.Core.Generation;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Generation;

public sealed class TranscriptGeneratorValidityTests
{
    private static readonly IReadOnlyList<GeneratedChat> Week = GeneratedSample.Week;

    [Fact]
    public void Generate_WritesChatsValidPerTranscriptModel_WhenGeneratingAWeek()
    {
        string[] groups = ["sales", "support", "billing"];
        string[] languages = ["ru", "en", "zh"];
        var offset = TimeSpan.FromHours(3);

        Assert.All(Week, g =>
        {
            var chat = g.Chat;
            Assert.False(string.IsNullOrWhiteSpace(chat.Source));
            Assert.True(Channels.IsKnown(chat.Channel), chat.Channel);
            Assert.Contains(chat.Group, groups);
            Assert.Contains(chat.Language, languages);
            Assert.False(string.IsNullOrWhiteSpace(chat.Customer?.Id));
            Assert.NotEmpty(chat.Messages);
            Assert.Equal(Enumerable.Range(1, chat.Messages.Count).Select(n => $"m{n}"), chat.Messages.Select(m => m.Id));
            Assert.All(chat.Messages.Zip(chat.Messages.Skip(1)), p => Assert.True(p.First.At < p.Second.At, $"{chat.Id}: {p.Second.Id} not after {p.First.Id}"));
            Assert.All(chat.Messages, m => AssertValidMessage(chat, m, offset));
            Assert.True(chat.Csat is null or >= 1 and <= 5, $"{chat.Id}: csat {chat.Csat}");
            Assert.Equal(chat.Converted == true, chat.OrderValue is > 0);
            if (chat.EndedAt is { } ended)
            {
                Assert.Equal(offset, ended.Offset);
                Assert.True(ended > chat.Messages[0].At, $"{chat.Id}: ended before it started");
                Assert.True(chat.ClosedAt is null || chat.ClosedAt > ended, $"{chat.Id}: closed before it ended");
            }
            else
            {
                Assert.Null(chat.ClosedAt);
            }
        });
    }

    private static void AssertValidMessage(Chat chat, ChatMessage message, TimeSpan offset)
    {
        Assert.Equal(offset, message.At.Offset);
        if (message.From == Sender.System)
        {
            Assert.True(message.IsTransfer, $"{chat.Id}/{message.Id}: system message is not a transfer");
            Assert.NotNull(message.Operator);
            return;
        }

        Assert.False(string.IsNullOrWhiteSpace(message.Text), $"{chat.Id}/{message.Id}: no text");
        if (message.From == Sender.Operator)
        {
            Assert.Matches("^op-[0-9]+$", message.Operator?.Id);
            Assert.False(string.IsNullOrWhiteSpace(message.Operator?.Name));
            Assert.NotNull(message.Canned);
        }
    }

    [Fact]
    public void Generate_WritesMultiTurnConversations_WhenChatIsAnswered()
    {
        var answered = Week.Where(g => g.Scenario.Kind == ChatKind.Answered).ToList();

        Assert.All(answered, g => Assert.InRange(g.Chat.Messages.Count, 4, 20));
        Assert.All(answered, g => Assert.InRange(LongestCustomerRun(g.Chat), 1, 3));
        Assert.Contains(answered, g => LongestCustomerRun(g.Chat) == 3);
        Assert.InRange(answered.Average(g => g.Chat.Messages.Count), 7, 14);
    }

    private static int LongestCustomerRun(Chat chat)
    {
        int longest = 0, run = 0;
        foreach (var message in chat.Messages.Where(m => m.From != Sender.Bot))
        {
            run = message.From == Sender.Customer ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    [Fact]
    public void Generate_MixesLanguagesInConfiguredShares_WithTextInThatLanguage()
    {
        var rates = GeneratedSample.Settings.Rates;
        RateAssert.Near(rates.RussianShare, Week.Count(g => g.Chat.Language == "ru"), Week.Count, "ru");
        RateAssert.Near(rates.EnglishShare, Week.Count(g => g.Chat.Language == "en"), Week.Count, "en");
        RateAssert.Near(rates.ChineseShare, Week.Count(g => g.Chat.Language == "zh"), Week.Count, "zh");

        Assert.All(Week, g =>
        {
            var text = string.Concat(g.Chat.Messages.Select(m => m.Text));
            var cyrillic = text.Any(c => c is >= 'А' and <= 'я');
            var chinese = text.Any(c => c is >= '\u4E00' and <= '\u9FFF');
            var expected = g.Chat.Language switch
            {
                "ru" => (true, false),
                "zh" => (false, true),
                _ => (false, false),
            };
            Assert.True(expected == (cyrillic, chinese), $"{g.Chat.Id} ({g.Chat.Language}): {text}");
        });
    }

    [Fact]
    public void Generate_SpreadsChatsOverGroupsAndChannels_MostlyWebChat()
    {
        Assert.Equal(["billing", "sales", "support"], Week.Select(g => g.Chat.Group).Distinct().Order());
        Assert.True(Week.Count(g => g.Chat.Channel == Channels.Chat) > Week.Count * 0.7);
        Assert.Contains(Week, g => g.Chat.Channel == Channels.Messenger);
        Assert.Contains(Week, g => g.Chat.Channel == Channels.Email);
        Assert.True(Week.Count(g => g.Chat.Source == "webchat") > Week.Count * 0.7);
    }

    [Fact]
    public void Generate_AnswersEmailInMinutesToHours_AndChatInSeconds()
    {
        double MedianWaitSeconds(string channel)
        {
            var waits = Week.Where(g => g.Chat.Channel == channel)
                .Select(g => GeneratedSample.Timeline(g.Chat).Wait)
                .OfType<TimeSpan>().Select(w => w.TotalSeconds).Order().ToList();
            return waits[waits.Count / 2];
        }

        Assert.InRange(MedianWaitSeconds(Channels.Chat), 3, 30);
        Assert.True(MedianWaitSeconds(Channels.Email) > 600, "Email is answered in minutes to hours.");
    }

    [Fact]
    public void Generate_WritesOutboundChats_WithOperatorFirstAndNoCustomerMessage()
    {
        var outbound = Week.Where(g => g.Scenario.Kind == ChatKind.Outbound).ToList();

        Assert.NotEmpty(outbound);
        Assert.All(outbound, g =>
        {
            Assert.True(GeneratedSample.Timeline(g.Chat).IsOutbound);
            Assert.Equal(Sender.Operator, g.Chat.Messages[0].From);
        });
    }

    [Fact]
    public void Generate_StampsTheZoneOffsetOfEachInstant_WhenTheZoneHasDaylightSaving()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var settings = new GeneratorSettings { StartDate = new DateOnly(2026, 3, 28), Days = 3, ChatsPerDay = 300, TimeZone = berlin };

        var chats = new TranscriptGenerator().Generate(settings).ToList();

        Assert.All(chats.SelectMany(c => c.Messages), m => Assert.Equal(berlin.GetUtcOffset(m.At), m.At.Offset));
        Assert.Contains(chats, c => c.Messages[0].At.Offset == TimeSpan.FromHours(1));
        Assert.Contains(chats, c => c.Messages[0].At.Offset == TimeSpan.FromHours(2));
        Assert.All(chats, c => Assert.Equal(c.Messages[0].At.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), c.Id[2..10]));
    }
}
