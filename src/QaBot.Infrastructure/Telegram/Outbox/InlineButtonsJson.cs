using System.Text.Json;

namespace QaBot.Infrastructure.Telegram.Outbox;

/// <summary>The outbox keeps buttons as a compact JSON array of rows of [text, data] pairs.</summary>
internal static class InlineButtonsJson
{
    public static string? Write(IReadOnlyList<IReadOnlyList<InlineButton>>? buttons) =>
        buttons is null || buttons.Count == 0
            ? null
            : JsonSerializer.Serialize(buttons.Select(row => row.Select(b => new[] { b.Text, b.CallbackData }).ToArray()).ToArray());

    public static IReadOnlyList<IReadOnlyList<InlineButton>>? Read(string? json) =>
        json is null
            ? null
            : JsonSerializer.Deserialize<string[][][]>(json)!
                .Select(row => (IReadOnlyList<InlineButton>)row.Select(b => new InlineButton(b[0], b[1])).ToList())
                .ToList();
}
