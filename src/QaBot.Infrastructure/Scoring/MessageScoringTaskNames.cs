namespace QaBot.Infrastructure.Scoring;

/// <summary>The names of <see cref="MessageScoringTask"/> on the command line and in file names: <c>politeness | sales-intent</c>.</summary>
public static class MessageScoringTaskNames
{
    public const string Politeness = "politeness";
    public const string SalesIntent = "sales-intent";

    public static string ToName(this MessageScoringTask task) => task switch
    {
        MessageScoringTask.Politeness => Politeness,
        MessageScoringTask.SalesIntent => SalesIntent,
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, null),
    };

    public static bool TryParse(string? name, out MessageScoringTask task)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case Politeness: task = MessageScoringTask.Politeness; return true;
            case SalesIntent or "salesintent" or "sales_intent": task = MessageScoringTask.SalesIntent; return true;
            default: task = default; return false;
        }
    }
}
