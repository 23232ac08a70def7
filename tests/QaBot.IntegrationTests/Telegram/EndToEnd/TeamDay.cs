using QaBot.Core.Transcripts;
using static QaBot.IntegrationTests.Infrastructure.Chats;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// 2026-11-20 of a small team: two sales chats answered in 10 s and 30 s (over the 20 s SLA; the second by Олег) and a
/// missed support chat.
/// </summary>
internal static class TeamDay
{
    public static Chat[] Chats() =>
    [
        Chat("c-1", Customer("m1", 0, "Hi"), Operator("m2", 10, "Hello!")) with { Group = "sales", EndedAt = T0.AddMinutes(5) },
        Chat("c-2", Customer("m1", 60, "Hi"), Operator("m2", 90, "Hello!", "op-2", "Олег")) with { Group = "sales", EndedAt = T0.AddMinutes(6) },
        Chat("c-3", Customer("m1", 120, "Anyone there?")) with { Group = "support", EndedAt = T0.AddMinutes(4) },
    ];
}
