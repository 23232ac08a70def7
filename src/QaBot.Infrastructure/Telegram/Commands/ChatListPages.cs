using System.Globalization;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// Lists of chats that lost points behind a button (a failed check's chats, an operator's chats): ten a page, each with
/// "💬 n", and ◀ ▶ whose data is the list's own button with the page appended. The first press answers with a new
/// message, a page press edits it.
/// </summary>
public static class ChatListPages
{
    public const int PageSize = 10;

    /// <summary>How many chats a list holds at most (ten pages).</summary>
    public const int MaxRows = 100;

    /// <summary>The page a button asks for: the part at <paramref name="index"/>, or null for the first press.</summary>
    public static int? PageOf(CallbackContext context, int index)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Parts.Count > index && int.TryParse(context.Parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : null;
    }

    public static async Task<(string Html, IReadOnlyList<IReadOnlyList<InlineButton>>? Buttons)> RenderAsync(
        BotStrings s, string headerHtml, string label, IReadOnlyList<WorstChat> rows, int page, Func<int, string> pageData,
        ChatRefStore refs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(pageData);
        var pages = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var shown = rows.Skip(page * PageSize).Take(PageSize).ToList();
        var html = headerHtml + WorstRenderer.Render(s, label, shown);
        var buttons = new List<IReadOnlyList<InlineButton>>(await ChatViewCallback.ButtonsAsync([.. shown.Select(r => r.Result.Key)], refs, now, cancellationToken) ?? []);
        if (pages > 1)
        {
            html += "\n" + Html.Italic(s.Format(s.Page, page + 1, pages));
            buttons.Add(PagingRow(page, pages, pageData));
        }

        return (html, buttons.Count == 0 ? null : buttons);
    }

    /// <summary>◀ and ▶ as far as there are pages before and after <paramref name="page"/>.</summary>
    public static IReadOnlyList<InlineButton> PagingRow(int page, int pages, Func<int, string> pageData)
    {
        ArgumentNullException.ThrowIfNull(pageData);
        var row = new List<InlineButton>(2);
        if (page > 0)
        {
            row.Add(new InlineButton("◀", pageData(page - 1)));
        }

        if (page < pages - 1)
        {
            row.Add(new InlineButton("▶", pageData(page + 1)));
        }

        return row;
    }
}
