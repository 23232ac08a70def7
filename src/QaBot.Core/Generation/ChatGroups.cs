namespace QaBot.Core.Generation;

/// <summary>The groups (queues) of the synthetic team.</summary>
internal static class ChatGroups
{
    public const string Sales = "sales";
    public const string Support = "support";
    public const string Billing = "billing";

    public static IReadOnlyList<string> All { get; } = [Sales, Support, Billing];
}
