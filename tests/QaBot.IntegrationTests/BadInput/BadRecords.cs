using System.Text;

namespace QaBot.IntegrationTests.BadInput;

/// <summary>
/// One good chat between each kind of bad record a careless integration or an attacker sends (issue 9): extreme years,
/// a lone surrogate escape, NUL, bytes that are not UTF-8, a 1 MB id. As raw bytes, because two of them cannot be
/// written as a .NET string.
/// </summary>
internal static class BadRecords
{
    public const string Day = "2026-11-20";

    /// <summary>The bad lines of <see cref="JsonLinesFile"/>: line number and the field the rejection must name.</summary>
    public static readonly (int Line, string Field)[] BadLines =
    [
        (2, "messages[0].at"), (4, "messages[0].at"), (6, "messages[0].text"), (8, "messages[0].text"),
        (10, "messages[0].text"), (12, "id"), (14, "ended_at"), (16, "messages[0].operator.name"),
    ];

    public const int GoodChats = 9;

    public static byte[] JsonLinesFile()
    {
        var file = new List<byte>();
        var n = 0;
        void Good() => Line(Chat($"good-{n++}", "Здравствуйте! Где мой заказ?"));
        void Line(string json) => Bytes(json);
        void Bytes(string text, params byte[] then)
        {
            file.AddRange(Encoding.UTF8.GetBytes(text));
            file.AddRange(then);
            file.Add((byte)'\n');
        }

        Good();
        Line(Chat("far-future", "hi", at: "9999-12-31T23:59:59Z"));
        Good();
        Line(Chat("year-one", "hi", at: "0001-01-01T00:00:00Z"));
        Good();
        Line(Chat("surrogate", "broken \\ud800 text"));
        Good();
        Line(Chat("nul", "nul \\u0000 inside"));
        Good();
        var (head, tail) = Split(Chat("not-utf8", "BAD"), "BAD");
        file.AddRange(Encoding.UTF8.GetBytes(head));
        file.AddRange([0xC3, 0x28, 0xFF, 0xFE]);
        Bytes(tail);
        Good();
        Line(Chat(new string('x', 1 << 20), "a 1 MB id"));
        Good();
        Line(Chat("ended-in-9999", "hi").Replace("\"messages\"", "\"ended_at\":\"9999-12-31T23:59:59Z\",\"messages\"", StringComparison.Ordinal));
        Good();
        Line(Chat("nul-in-name", "hi").Replace("\"from\":\"customer\"", "\"from\":\"operator\",\"operator\":{\"id\":\"op-1\",\"name\":\"Ir\\u0000ina\"}", StringComparison.Ordinal));
        Good();
        return [.. file];
    }

    public static string Chat(string id, string text, string at = Day + "T09:00:00+03:00") =>
        $$"""{"id":"{{id}}","source":"bad-input","messages":[{"id":"m1","at":"{{at}}","from":"customer","text":"{{text}}"},{"id":"m2","at":"{{Day}}T09:00:12+03:00","from":"operator","operator":{"id":"op-1","name":"Ирина"},"text":"Здравствуйте!"}]}""";

    private static (string Head, string Tail) Split(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return (text[..at], text[(at + marker.Length)..]);
    }
}
