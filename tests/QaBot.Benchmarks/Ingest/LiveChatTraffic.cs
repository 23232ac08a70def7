using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace QaBot.Benchmarks.Ingest;

/// <summary>
/// What one connection of <see cref="IngestLoad"/> posts: single chats the way a live-chat webhook streams them. A chat
/// is posted when it starts (3–6 messages) and re-posted whole as it grows by 1–3 messages until it reaches 6–12;
/// its last post carries <c>ended_at</c>. Per post: 45 % a new chat, 45 % the current chat grown, 10 % the previous
/// body again unchanged (a webhook retry). Russian or English text; seeded, so a run is repeatable. Messages are
/// stamped around now (never in the future), so the chats look live and none waits long enough to be alerted.
/// </summary>
internal sealed class LiveChatTraffic
{
    private static readonly string[] RuCustomer =
    [
        "Здравствуйте! Не могу оплатить заказ картой.", "Подскажите, когда приедет курьер?", "Номер заказа 482913",
        "Можно обменять на другой размер?", "Вы тут?", "Ответьте, пожалуйста.", "Спасибо, всё понятно!",
        "А доставка в Казань есть?", "Сколько стоит подписка на год?", "Пишет «ошибка входа».",
    ];

    private static readonly string[] RuOperator =
    [
        "Добрый день! Сейчас проверю.", "Курьер приедет завтра с 10 до 14.", "Да, обмен возможен в течение 14 дней.",
        "Попробуйте сбросить пароль по ссылке «Забыли пароль».", "Могу ещё чем-то помочь?", "Всего доброго!",
    ];

    private static readonly string[] EnCustomer =
    [
        "Hello there!", "The courier never showed up, what happened?", "It's order #828278",
        "I was charged twice, what should I do?", "Does PayPal work instead?", "Are you still there?",
        "How much is the annual plan?", "Thanks, that helps!", "Can I change the delivery address?",
    ];

    private static readonly string[] EnOperator =
    [
        "Good day! Let me check that for you.", "The second charge is only a hold, it's released automatically.",
        "Yes, PayPal is available at checkout.", "It comes by SMS once the parcel ships.",
        "Is there anything else I can help you with?", "Have a nice day!",
    ];

    private readonly Random _random;
    private readonly string _prefix;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private int _chats;
    private Chat? _current;
    private byte[]? _last;

    public LiveChatTraffic(int seed, string prefix)
    {
        _random = new Random(seed);
        _prefix = prefix;
    }

    public enum Kind
    {
        New,
        Grown,
        Identical,
    }

    /// <summary>The next body to post, and what kind of post it is.</summary>
    public (byte[] Body, Kind Kind, int Messages) Next(DateTimeOffset now)
    {
        var roll = _random.Next(100);
        if (_last is not null && roll < 10)
        {
            return (_last, Kind.Identical, _current?.Messages.Count ?? 0);
        }

        Kind kind;
        if (_current is null || _current.Ended || roll < 55)
        {
            _current = Start(now);
            kind = Kind.New;
        }
        else
        {
            Grow(_current, _random.Next(1, 4), now);
            kind = Kind.Grown;
        }

        _last = Serialize(_current);
        return (_last, kind, _current.Messages.Count);
    }

    private Chat Start(DateTimeOffset now)
    {
        var chat = new Chat(
            $"{_prefix}-{_chats++}", _random.Next(100) < 60 ? "ru" : "en", _random.Next(6, 13),
            now.AddSeconds(-_random.Next(0, 20)), $"op-{_random.Next(1, 20)}");
        Grow(chat, _random.Next(3, 7), now);
        return chat;
    }

    private void Grow(Chat chat, int count, DateTimeOffset now)
    {
        for (var i = 0; i < count && chat.Messages.Count < chat.Target; i++)
        {
            var at = chat.Messages.Count == 0 ? chat.Start : chat.Messages[^1].At.AddSeconds(_random.Next(1, 5));
            var fromOperator = chat.Messages.Count > 0 && _random.Next(100) < 45;
            var phrases = (chat.Language, fromOperator) switch
            {
                ("ru", false) => RuCustomer,
                ("ru", true) => RuOperator,
                (_, false) => EnCustomer,
                _ => EnOperator,
            };
            chat.Messages.Add(new Message($"m{chat.Messages.Count + 1}", at < now ? at : now, fromOperator, phrases[_random.Next(phrases.Length)]));
        }

        chat.Ended = chat.Messages.Count >= chat.Target;
    }

    private byte[] Serialize(Chat chat)
    {
        _buffer.Clear();
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", chat.Id);
            json.WriteString("source", "webchat");
            json.WriteString("channel", "chat");
            json.WriteString("group", chat.Language == "ru" ? "support" : "sales");
            json.WriteString("language", chat.Language);
            json.WriteStartObject("customer");
            json.WriteString("id", "u-" + chat.Id);
            json.WriteEndObject();
            if (chat.Ended)
            {
                json.WriteString("ended_at", Instant(chat.Messages[^1].At));
            }

            json.WriteStartArray("messages");
            foreach (var m in chat.Messages)
            {
                json.WriteStartObject();
                json.WriteString("id", m.Id);
                json.WriteString("at", Instant(m.At));
                json.WriteString("from", m.FromOperator ? "operator" : "customer");
                if (m.FromOperator)
                {
                    json.WriteStartObject("operator");
                    json.WriteString("id", chat.OperatorId);
                    json.WriteEndObject();
                }

                json.WriteString("text", m.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return _buffer.WrittenSpan.ToArray();
    }

    private static string Instant(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private sealed record Message(string Id, DateTimeOffset At, bool FromOperator, string Text);

    private sealed class Chat(string id, string language, int target, DateTimeOffset start, string operatorId)
    {
        public string Id { get; } = id;

        public string Language { get; } = language;

        public int Target { get; } = target;

        public DateTimeOffset Start { get; } = start;

        public string OperatorId { get; } = operatorId;

        public List<Message> Messages { get; } = [];

        public bool Ended { get; set; }
    }
}
