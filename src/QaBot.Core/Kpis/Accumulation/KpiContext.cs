using QaBot.Core.Transcripts;

namespace QaBot.Core.Kpis.Accumulation;

/// <summary>
/// The cross-chat facts per-chat KPIs need, computed once over the whole input before accumulation: which
/// operator texts are canned by repetition, and which customers came back (FCR). Rollups must build it over the same
/// chats for every partial aggregate they mean to combine.
/// </summary>
public sealed class KpiContext
{
    private KpiContext(CannedTextIndex canned, RepeatContactIndex repeats)
    {
        Canned = canned;
        Repeats = repeats;
    }

    public CannedTextIndex Canned { get; }

    public RepeatContactIndex Repeats { get; }

    /// <param name="chats">Every chat of the input: the period plus the chats around it (FCR look-ahead, trend).</param>
    public static KpiContext Build(IEnumerable<Chat> chats, KpiSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var list = chats as IReadOnlyCollection<Chat> ?? [.. chats];
        return new KpiContext(CannedTextIndex.Build(list, settings.CannedMinUses), RepeatContactIndex.Build(list));
    }
}
