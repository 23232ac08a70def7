using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Checks;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Quality;

namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot evaluate --task checks --data CHATS.jsonl --labels LABELS.csv</c> (DESIGN §4): runs every check on the chats
/// and prints per check <c>{n, tp, fp, fn, precision, recall}</c> (a fail is the positive class) on stdout, and each
/// verdict that disagrees with its label on stderr, with the messages that show it. What a team runs on its own
/// exported chats before trusting QaBot's flags.
/// </summary>
internal static class EvaluateChecksVerb
{
    public const string TaskName = "checks";

    private const int QuoteLength = 140;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string dataPath, string labelsPath, string? formatName, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!File.Exists(dataPath))
        {
            throw new UsageException($"--data: no such file: {dataPath}");
        }

        var labels = await CheckLabelsCsv.ReadAsync(labelsPath, cancellationToken);
        var format = TranscriptFormats.Create(formatName ?? TranscriptFormats.Guess(dataPath), services.GetRequiredService<IngestPolicy>());
        var quality = services.GetRequiredService<ChatQuality>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        var chats = new Dictionary<string, Chat>(StringComparer.Ordinal);
        var rejected = 0;
        using (var reader = new StreamReader(dataPath, IngestText.Utf8, true, 1 << 16))
        {
            await foreach (var item in format.ReadAsync(reader, cancellationToken))
            {
                if (item.Error is { } error)
                {
                    rejected++;
                    await Console.Error.WriteLineAsync($"{dataPath}:{item.Line}: rejected: {error}");
                }
                else if (item.Chat is { } chat && !chats.TryAdd(chat.Id, chat))
                {
                    await Console.Error.WriteLineAsync($"{dataPath}:{item.Line}: chat id '{chat.Id}' appears twice; the labels match the first");
                }
            }
        }

        var results = new Dictionary<string, ChatCheckResult>(StringComparer.Ordinal);
        var ordered = chats.Values.ToList();
        var checkedChats = new ChatCheckResult[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => checkedChats[i] = quality.Check(ordered[i], now));
        for (var i = 0; i < ordered.Count; i++)
        {
            results[ordered[i].Id] = checkedChats[i];
        }

        var report = CheckEvaluation.Evaluate(results, labels);
        foreach (var wrong in report.Wrong)
        {
            await Console.Error.WriteLineAsync(Describe(wrong, chats[wrong.Label.ChatId]));
        }

        foreach (var label in report.Unmatched)
        {
            await Console.Error.WriteLineAsync($"{labelsPath}, line {label.Line}: no chat '{label.ChatId}' in {dataPath}; label ignored");
        }

        Console.WriteLine(JsonSerializer.Serialize(report.Checks.ToDictionary(c => c.Key, c => new
        {
            n = c.Value.N,
            tp = c.Value.Tp,
            fp = c.Value.Fp,
            fn = c.Value.Fn,
            precision = Round(c.Value.Precision),
            recall = Round(c.Value.Recall),
        }), Json));
        return rejected > 0 ? 1 : 0;
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;

    /// <summary>One line: the chat, the check, label against verdict, and the messages QaBot cited (or the ones that decide).</summary>
    private static string Describe(WrongVerdict wrong, Chat chat)
    {
        var head = $"{wrong.Label.ChatId} {wrong.Label.Check}: labelled {wrong.Label.Label.ToName()}, QaBot says {wrong.Verdict.ToName()}";
        var cited = wrong.Result.Evidence.TryGetValue(wrong.Label.Check, out var ids) && ids.Count > 0
            ? chat.Messages.Where(m => ids.Contains(m.Id))
            : Deciding(wrong.Label.Check, chat, wrong.Result);
        var quotes = cited.Select(m => $"{m.Id} ({m.From.ToString().ToLowerInvariant()}{Rudeness(m, wrong)}): \"{Shorten(m.Text)}\"").ToList();
        return quotes.Count == 0 ? head : $"{head} — {string.Join("; ", quotes)}";
    }

    /// <summary>Where a check that did not fail looks: the first operator message for a greeting, the last one for a closing…</summary>
    private static IEnumerable<ChatMessage> Deciding(string check, Chat chat, ChatCheckResult result)
    {
        var texts = chat.Messages.Where(m => m.Text is not null).ToList();
        var operators = texts.Where(m => m.From == Sender.Operator).ToList();
        return check switch
        {
            CheckNames.Greeting => operators.Take(1),
            CheckNames.Closing => operators.TakeLast(1),
            CheckNames.UnansweredQuestion => texts.TakeLast(1),
            CheckNames.MissedSale => texts.Where(m => m.From == Sender.Customer).Take(2),
            CheckNames.Politeness => operators.OrderByDescending(m => result.Politeness.GetValueOrDefault(m.Id)).Take(1),
            _ => [],
        };
    }

    private static string Rudeness(ChatMessage message, WrongVerdict wrong) =>
        wrong.Label.Check == CheckNames.Politeness && wrong.Result.Politeness.TryGetValue(message.Id, out var p) ? $", P(rude) {p:0.000}" : string.Empty;

    private static string Shorten(string? text)
    {
        var flat = (text ?? string.Empty).ReplaceLineEndings(" ");
        return flat.Length <= QuoteLength ? flat : string.Concat(flat.AsSpan(0, QuoteLength), "…");
    }
}
