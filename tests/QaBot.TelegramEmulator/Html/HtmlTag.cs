namespace QaBot.TelegramEmulator.Html;

/// <summary>An open tag of Telegram's HTML subset: the attributes Telegram reads and the entity it becomes.</summary>
internal sealed class HtmlTag
{
    private HtmlTag(string name, int start)
    {
        Name = name;
        Start = start;
    }

    public string Name { get; }

    /// <summary>Offset in the visible text (UTF-16 code units) where the tag's content begins.</summary>
    public int Start { get; }

    public string? Url { get; private init; }

    /// <summary>From &lt;code class="language-x"&gt;; set on the enclosing pre when the code block closes.</summary>
    public string? Language { get; set; }

    public string? CustomEmojiId { get; private init; }

    public bool Expandable { get; private init; }

    /// <summary>Applies Telegram's per-tag attribute rules; <paramref name="byteOffset"/> locates errors.</summary>
    public static HtmlTag Create(string name, Dictionary<string, string> attributes, int start, int byteOffset) => name switch
    {
        "span" when attributes.GetValueOrDefault("class") != "tg-spoiler" => throw new HtmlEntityParseException(
            $"Tag \"span\" must have class \"tg-spoiler\" at byte offset {byteOffset}"),
        "a" => new HtmlTag(name, start) { Url = attributes.GetValueOrDefault("href") },
        "tg-emoji" => new HtmlTag(name, start)
        {
            CustomEmojiId = attributes.GetValueOrDefault("emoji-id") is { Length: > 0 } id
                ? id
                : throw new HtmlEntityParseException($"Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {byteOffset}"),
        },
        "code" when attributes.GetValueOrDefault("class") is { } cssClass
            && cssClass.StartsWith("language-", StringComparison.Ordinal) =>
            new HtmlTag(name, start) { Language = cssClass["language-".Length..] },
        "blockquote" => new HtmlTag(name, start) { Expandable = attributes.ContainsKey("expandable") },
        _ => new HtmlTag(name, start),
    };

    /// <summary>The MessageEntity the tag produces over <paramref name="length"/> characters, if any.</summary>
    public TextEntity? ToEntity(int length) => Name switch
    {
        "b" or "strong" => new TextEntity("bold", Start, length),
        "i" or "em" => new TextEntity("italic", Start, length),
        "u" or "ins" => new TextEntity("underline", Start, length),
        "s" or "strike" or "del" => new TextEntity("strikethrough", Start, length),
        "span" or "tg-spoiler" => new TextEntity("spoiler", Start, length),
        "a" when Url is { Length: > 0 } => new TextEntity("text_link", Start, length, Url: Url),
        "code" => new TextEntity("code", Start, length),
        "pre" => new TextEntity("pre", Start, length, Language: Language),
        "blockquote" => new TextEntity(Expandable ? "expandable_blockquote" : "blockquote", Start, length),
        "tg-emoji" => new TextEntity("custom_emoji", Start, length, CustomEmojiId: CustomEmojiId),
        _ => null,
    };
}
