using QaBot.Core.Generation;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Generation;

/// <summary>Operators differ the way a supervisor would notice in the weekly feedback.</summary>
public sealed class OperatorHabitTests
{
    private static readonly List<(GeneratedChat Chat, string Operator)> Answered =
    [
        .. GeneratedSample.Week
            .Where(g => g.Scenario.Kind == ChatKind.Answered)
            .Select(g => (g, g.Chat.Messages.First(m => m.From == Sender.Operator).Operator!.Id)),
    ];

    private static double Share(Func<GeneratedChat, bool> lapse, string? operatorId = null)
    {
        var chats = Answered.Where(a => operatorId is null || a.Operator == operatorId).Select(a => a.Chat).ToList();
        return (double)chats.Count(lapse) / chats.Count;
    }

    [Fact]
    public void Generate_StaffsAtLeastTwelveOperators_WithLocalisedNames()
    {
        var operators = GeneratedSample.Week.SelectMany(g => g.Chat.Messages).Select(m => m.Operator).OfType<Party>()
            .DistinctBy(p => p.Id).ToList();

        Assert.InRange(operators.Count, 12, 20);
        Assert.Contains(operators, p => p.Name!.Any(c => c is >= 'А' and <= 'я'));
        Assert.Contains(operators, p => p.Name!.Any(c => c is >= '\u4E00' and <= '\u9FFF'));
        Assert.Contains(operators, p => p.Name!.All(char.IsAsciiLetter));
    }

    [Fact]
    public void Generate_MakesOneOperatorSlow_OneRude_OneForgetfulOfGreetings()
    {
        Assert.True(Share(g => g.Scenario.SlowFirstResponse, "op-7") > 2 * Share(g => g.Scenario.SlowFirstResponse), "op-7 is not slow");
        Assert.True(Share(g => g.Scenario.RudeMessage, "op-4") > 4 * Share(g => g.Scenario.RudeMessage), "op-4 is not rude");
        Assert.True(Share(g => g.Scenario.MissingGreeting, "op-2") > 2.5 * Share(g => g.Scenario.MissingGreeting), "op-2 greets as often as others");
        Assert.True(Share(g => g.Scenario.UnannouncedLongWait, "op-5") > 2 * Share(g => g.Scenario.UnannouncedLongWait), "op-5 announces waits");
    }

    [Fact]
    public void Generate_RepeatsIdenticalCannedReplies_ForTheCannedHeavyOperator()
    {
        var cannedTexts = Answered.Where(a => a.Operator == "op-9")
            .SelectMany(a => a.Chat.Chat.Messages.Where(m => m.Canned == true && m.Operator?.Id == "op-9").Select(m => (a.Chat.Chat.Id, m.Text)))
            .ToList();

        Assert.True(Share(g => g.Scenario.CannedReplies, "op-9") > 0.6, "op-9 rarely uses canned replies");
        Assert.True(Share(g => g.Scenario.CannedReplies) < 0.3, "canned replies are everywhere, not a habit of one operator");
        var mostRepeated = cannedTexts.GroupBy(c => c.Text).Max(t => t.Select(c => c.Id).Distinct().Count());
        Assert.True(mostRepeated >= 5, $"the same canned text appears in only {mostRepeated} chats");
    }
}
