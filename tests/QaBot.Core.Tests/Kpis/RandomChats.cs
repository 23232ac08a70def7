using CsCheck;
using QaBot.Core.Kpis;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Kpis;

/// <summary>
/// Random but realistic chat sets for property tests: ten days around the Berlin DST change, few customers and
/// operators (so repeats, overlaps and canned repetitions happen), equal timestamps, open and ended chats.
/// </summary>
internal static class RandomChats
{
    public static readonly DateTimeOffset Origin = new(2026, 3, 24, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Texts = ["Здравствуйте!", "здравствуйте", "Минуту, уточню.", "Спасибо за ожидание", "Чем ещё помочь?"];
    private static readonly string?[] Names = [null, "Ирина", "Олег"];
    private static readonly string?[] Groups = [null, "sales", "support"];

    private static readonly Gen<(int Kind, int Gap, int Op, int Text, int Canned, int Name)> Step =
        Gen.Select(Gen.Int[0, 5], Gen.OneOf(0, 0, 5, 30, 90, 400, 2000), Gen.Int[1, 3], Gen.Int[0, 4], Gen.Int[0, 2], Gen.Int[0, 2]);

    private static readonly Gen<KpiChat> Chat =
        from minute in Gen.Int[0, (10 * 24 * 60) - 1]
        from channel in Gen.OneOf(Channels.Chat, Channels.Chat, Channels.Email, Channels.Messenger)
        from groupIndex in Gen.Int[0, 2]
        from customer in Gen.Int[0, 4]
        from otherSource in Gen.Int[0, 5]
        from steps in Step.Array[1, 9]
        from ended in Gen.OneOf(-1, -1, 0, 3, 120, 1800)
        from closed in Gen.OneOf(-1, -1, 30, 400)
        from csat in Gen.Int[0, 5]
        from converted in Gen.Int[0, 2]
        from qa in Gen.Int[-1, 100]
        from checks in Gen.Int[0, 8]
        from salesIntent in Gen.Bool
        select Build(minute, channel, Groups[groupIndex], customer, otherSource == 0, steps, ended, closed, csat, converted, qa, checks, salesIntent);

    /// <summary>Up to 40 chats with unique ids.</summary>
    public static readonly Gen<List<KpiChat>> Input =
        Chat.List[0, 40].Select(chats => chats.Select((c, i) => c with { Chat = c.Chat with { Id = $"c{i:000}" } }).ToList());

    private static KpiChat Build(
        int minute, string channel, string? group, int customer, bool otherSource,
        (int Kind, int Gap, int Op, int Text, int Canned, int Name)[] steps,
        int ended, int closed, int csat, int converted, int qa, int checks, bool salesIntent)
    {
        var at = Origin.AddMinutes(minute);
        var messages = new List<ChatMessage>();
        foreach (var step in steps)
        {
            at = at.AddSeconds(step.Gap);
            var operatorParty = new Party($"op-{step.Op}", Names[step.Name]);
            messages.Add(step.Kind switch
            {
                0 or 1 => Message(messages.Count, at, Sender.Customer, "Где мой заказ?"),
                2 or 3 => Message(messages.Count, at, Sender.Operator, Texts[step.Text]) with
                {
                    Operator = operatorParty,
                    Canned = step.Canned switch { 1 => true, 2 => false, _ => null },
                },
                4 => Message(messages.Count, at, Sender.Bot, "Оператор скоро ответит"),
                _ => Message(messages.Count, at, Sender.System, null) with
                {
                    Event = step.Op == 2 ? "transfer" : "note",
                    Operator = operatorParty,
                },
            });
        }

        var chat = new Chat
        {
            Id = "pending",
            Source = otherSource ? "chatwoot" : Transcripts.Chat.DefaultSource,
            Channel = channel,
            Group = group,
            Customer = customer == 0 ? null : new Party($"u-{customer}"),
            EndedAt = ended < 0 ? null : at.AddSeconds(ended),
            ClosedAt = closed < 0 ? null : at.AddSeconds(closed),
            Csat = csat == 0 ? null : csat,
            Converted = converted switch { 1 => false, 2 => true, _ => null },
            Messages = messages,
        };
        var results = new Dictionary<string, string>
        {
            ["greeting"] = (checks % 3) switch { 0 => "pass", 1 => "fail", _ => "n/a" },
            ["closing"] = (checks / 3) switch { 0 => "pass", 1 => "fail", _ => "n/a" },
        };
        return new KpiChat(chat) { QaScore = qa < 0 ? null : qa, Checks = results, SalesIntent = salesIntent };
    }

    private static ChatMessage Message(int index, DateTimeOffset at, Sender from, string? text) =>
        new() { Id = $"m{index:00}", At = at, From = from, Text = text };
}
