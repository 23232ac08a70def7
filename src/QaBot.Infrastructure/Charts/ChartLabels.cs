namespace QaBot.Infrastructure.Charts;

/// <summary>The words on a chart, in the reader's language.</summary>
public sealed record ChartLabels
{
    public required string Title { get; init; }

    public string Answered { get; init; } = "Answered";

    public string Missed { get; init; } = "Missed";

    public string Other { get; init; } = "Other";

    public string ServiceLevel { get; init; } = "Service level";

    public string Target { get; init; } = "Target";

    public string Chats { get; init; } = "Chats";

    /// <summary>The heatmap's colour bar.</summary>
    public string ChatsPerHour { get; init; } = "Chats per hour";

    /// <summary>Monday first.</summary>
    public IReadOnlyList<string> Weekdays { get; init; } = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
}
