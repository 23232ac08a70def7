using System.Globalization;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// "💬 n" under a list (/worst, /missed): opens the n-th chat as /chat would, with the same rules (an operator only
/// their own chats, in private). Data "cv|k|source|id" when the key fits 64 bytes, else "cv|r|ref" (<see cref="ChatRefStore"/>).
/// </summary>
public sealed class ChatViewCallback : ICallbackHandler
{
    public const string CallbackPrefix = "cv";

    /// <summary>Buttons per row under a list.</summary>
    private const int PerRow = 5;

    private readonly TeamReports _reports;
    private readonly ChatCommand _chats;
    private readonly ChatRefStore _refs;

    public ChatViewCallback(TeamReports reports, ChatCommand chats, ChatRefStore refs)
    {
        _reports = reports;
        _chats = chats;
        _refs = refs;
    }

    public string Prefix => CallbackPrefix;

    public CommandAudience Audience => CommandAudience.Operators;

    /// <summary>"💬 1" … "💬 n" for the listed chats, in list order, five to a row.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<InlineButton>>?> ButtonsAsync(
        IReadOnlyList<ChatKey> chats, ChatRefStore refs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var buttons = new List<InlineButton>(chats.Count);
        for (var i = 0; i < chats.Count; i++)
        {
            var key = chats[i];
            var data = DirectData(key)
                ?? CallbackData.Build(CallbackPrefix, "r", (await refs.AddAsync(key, now, cancellationToken)).ToString(CultureInfo.InvariantCulture));
            buttons.Add(new InlineButton($"💬 {i + 1}", data));
        }

        return buttons.Count == 0 ? null : [.. buttons.Chunk(PerRow).Select(row => (IReadOnlyList<InlineButton>)row)];
    }

    /// <summary>"cv|k|source|id" when the key fits Telegram's 64 bytes and holds no separator; null otherwise.</summary>
    public static string? DirectData(ChatKey key) =>
        CallbackData.Fits(CallbackPrefix, "k", key.Source, key.Id) && !key.Source.Contains('|', StringComparison.Ordinal) && !key.Id.Contains('|', StringComparison.Ordinal)
            ? CallbackData.Build(CallbackPrefix, "k", key.Source, key.Id)
            : null;

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        ChatKey? key = context.Parts switch
        {
            [_, "k", var source, var id] => new ChatKey(source, id),
            [_, "r", var refId] when long.TryParse(refId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => await _refs.GetAsync(n, cancellationToken),
            _ => null,
        };
        if (key is not { } chatKey)
        {
            return s.StaleButton;
        }

        var chat = await _reports.Store.GetAsync(chatKey, cancellationToken);
        var view = await _chats.ViewAsync(chat, $"{chatKey.Source}/{chatKey.Id}", context.User, s, context.Now, context.Zone, cancellationToken);
        if (view.Private)
        {
            return await context.ReplyPrivatelyAsync(view.Html, view.Buttons, cancellationToken);
        }

        await context.ReplyAsync(view.Html, view.Buttons, cancellationToken);
        return null;
    }
}
