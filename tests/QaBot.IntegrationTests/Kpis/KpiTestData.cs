using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Generation;
using QaBot.Core.Transcripts;

namespace QaBot.IntegrationTests.Kpis;

/// <summary>Three weeks of generated chats (repeat customers, transfers, canned texts) and a quality result for most of them.</summary>
public static class KpiTestData
{
    public static readonly DateOnly FirstDay = new(2026, 11, 2);

    public const int Days = 21;

    /// <summary>Well after the data: every generated chat has ended and the early days' FCR windows have passed.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<Chat> Chats { get; } =
        [.. new TranscriptGenerator().Generate(new GeneratorSettings { Days = Days, ChatsPerDay = 40, Seed = 7, StartDate = FirstDay })];

    /// <summary>Deterministic results for four chats in five, so QA averages and check counts are not empty.</summary>
    public static IReadOnlyList<ChatResult> Results(IReadOnlyList<Chat> chats)
    {
        var random = new Random(11);
        return [.. chats.Where((_, i) => i % 5 != 0).Select(chat => Result(chat, random.Next(0, 101), random.Next(2) == 0))];
    }

    public static ChatResult Result(Chat chat, int qaScore, bool salesIntent) => new()
    {
        Key = chat.Key,
        Revision = 1,
        StartedAt = chat.Messages.Where(m => m.From == Sender.Customer).Select(m => (DateTimeOffset?)m.At).Min() ?? chat.Messages[0].At,
        QaScore = qaScore,
        Checks = new Dictionary<string, string>
        {
            [CheckNames.Greeting] = qaScore >= 50 ? "pass" : "fail",
            [CheckNames.Closing] = qaScore % 3 == 0 ? "n/a" : "pass",
        },
        Evidence = new Dictionary<string, IReadOnlyList<string>>(),
        Politeness = new Dictionary<string, float>(),
        SalesIntent = salesIntent,
        Version = "test",
        ComputedAt = Now,
    };
}
