using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;

namespace QaBot.Host.Cli;

/// <summary>The demo's readable summary: volumes, waits, service level and one line per operator.</summary>
internal static class DemoSummary
{
    public static void Print(IReadOnlyList<Chat> chats, DateTimeOffset now, DefinitionSettings settings, TextWriter output)
    {
        var timelines = chats.Select(c => ChatTimeline.For(c, now, settings)).Where(t => !t.IsOutbound).ToList();
        var answered = timelines.Where(t => t.IsAnswered).ToList();
        var missed = timelines.Count(t => t.IsMissed);
        var waits = answered.Select(t => t.Wait!.Value.TotalSeconds).Order().ToList();
        var withinSla = answered.Count(t => t.Wait <= settings.AnswerWithinFor(t.Chat.Channel));
        output.WriteLine("2. Summary of the sample");
        output.WriteLine($"   chats {timelines.Count:N0}   answered {answered.Count:N0}   missed {missed:N0}   short abandons {timelines.Count(t => t.IsShortAbandon):N0}   waiting {timelines.Count(t => t.IsWaiting):N0}");
        if (waits.Count > 0)
        {
            output.WriteLine($"   wait: avg {waits.Average():N1} s, median {Median(waits):N1} s, max {waits[^1]:N0} s");
        }

        if (answered.Count + missed > 0)
        {
            output.WriteLine($"   service level (answered within the channel's SLA ÷ answered + missed): {100.0 * withinSla / (answered.Count + missed):N1} %");
        }

        output.WriteLine();
        output.WriteLine("   operator            chats   avg wait s");
        var byOperator = answered
            .GroupBy(t => t.Chat.Messages[t.FirstResponseIndex].Operator?.Id ?? "(unknown)")
            .Select(g => (Id: g.Key, Name: g.First().Chat.Messages[g.First().FirstResponseIndex].Operator?.Name, Chats: g.Count(), Wait: g.Average(t => t.Wait!.Value.TotalSeconds)))
            .OrderByDescending(o => o.Chats);
        foreach (var op in byOperator)
        {
            output.WriteLine($"   {Truncate($"{op.Name} ({op.Id})", 18),-18} {op.Chats,6}   {op.Wait,10:N1}");
        }

        output.WriteLine();
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
