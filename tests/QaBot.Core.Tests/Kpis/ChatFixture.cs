using QaBot.Core.Kpis;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Kpis;

/// <summary>Builds readable fixture chats: every message at a whole number of seconds after the chat's origin.</summary>
internal sealed class ChatFixture(string id, DateTimeOffset origin)
{
    private readonly List<ChatMessage> messages = [];
    private Chat chat = new() { Id = id, Customer = new Party($"u-{id}") };
    private KpiChat quality = new(new Chat { Id = id });

    public ChatFixture Customer(int at, string text = "Здравствуйте, где мой заказ?") =>
        Add(at, Sender.Customer, text);

    public ChatFixture Operator(int at, string operatorId, string text = "Сейчас проверю.", bool? canned = null, string? name = null) =>
        Add(at, Sender.Operator, text, new Party(operatorId, name), canned);

    public ChatFixture Bot(int at, string text = "Оператор скоро ответит.") => Add(at, Sender.Bot, text);

    public ChatFixture SystemEvent(int at, string eventName) => Add(at, Sender.System, null, eventName: eventName);

    public ChatFixture Transfer(int at, string toOperatorId) =>
        Add(at, Sender.System, null, new Party(toOperatorId), eventName: "transfer");

    public ChatFixture Ended(int at) => With(c => c with { EndedAt = origin.AddSeconds(at) });

    public ChatFixture Closed(int at) => With(c => c with { ClosedAt = origin.AddSeconds(at) });

    public ChatFixture With(Func<Chat, Chat> change)
    {
        chat = change(chat);
        return this;
    }

    public ChatFixture Scored(int? qaScore = null, IReadOnlyDictionary<string, string>? checks = null, bool salesIntent = false)
    {
        quality = quality with { QaScore = qaScore, Checks = checks, SalesIntent = salesIntent };
        return this;
    }

    public Chat Build() => chat with { Messages = [.. messages] };

    public KpiChat Kpi() => quality with { Chat = Build() };

    private ChatFixture Add(int at, Sender from, string? text, Party? op = null, bool? canned = null, string? eventName = null)
    {
        messages.Add(new ChatMessage
        {
            Id = $"m{messages.Count + 1:00}",
            At = origin.AddSeconds(at),
            From = from,
            Text = text,
            Operator = op,
            Canned = canned,
            Event = eventName,
        });
        return this;
    }
}
