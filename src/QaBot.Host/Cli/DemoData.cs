using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Kpis;

namespace QaBot.Host.Cli;

/// <summary>Read-outs for the demo: the sample's date span and its most flagged chats with the evidence.</summary>
internal static class DemoData
{
    public static async Task<(DateOnly First, DateOnly Last)> SpanAsync(ITranscriptStore store, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        DateTimeOffset? first = null, last = null;
        await foreach (var chat in store.QueryAsync(new ChatQuery(DateTimeOffset.MinValue.AddYears(1), DateTimeOffset.MaxValue.AddYears(-1)), cancellationToken))
        {
            var at = chat.Messages.Count > 0 ? chat.Messages[0].At : (DateTimeOffset?)null;
            first ??= at;
            last = at ?? last;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return (first is { } f ? DateOnly.FromDateTime(BusinessTime.ToLocal(f, zone)) : today,
                last is { } l ? DateOnly.FromDateTime(BusinessTime.ToLocal(l, zone)) : today);
    }

    public static async Task PrintFlaggedAsync(IServiceProvider services, DateOnly first, DateOnly last, TimeZoneInfo zone, TextWriter output, CancellationToken cancellationToken)
    {
        var results = services.GetRequiredService<IChatResultStore>();
        var store = services.GetRequiredService<ITranscriptStore>();
        var worst = await results.WorstAsync(BusinessTime.StartOfDay(first, zone), BusinessTime.StartOfDay(last.AddDays(1), zone), 3, null, cancellationToken);
        output.WriteLine($"   the three lowest QA scores of {first:yyyy-MM-dd}..{last:yyyy-MM-dd}:");
        foreach (var result in worst)
        {
            var chat = await store.GetAsync(result.Key, cancellationToken);
            output.WriteLine($"   • chat {result.Key.Id}: QA {result.QaScore}");
            foreach (var (check, ids) in result.Evidence.Where(e => e.Value.Count > 0).OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var message = chat?.Messages.FirstOrDefault(m => m.Id == ids[0]);
                var rude = check == CheckNames.Politeness && result.Politeness.TryGetValue(ids[0], out var p) ? $" (P(rude) {p:0.00})" : string.Empty;
                output.WriteLine($"       {check,-20} {ids[0]}: \"{Shorten(message?.Text)}\"{rude}");
            }
        }

        output.WriteLine();
    }

    private static string Shorten(string? text) =>
        text is null ? string.Empty : text.Length <= 90 ? text : text[..89] + "…";
}
