namespace QaBot.Core.Transcripts;

/// <summary>The wire names of <see cref="Sender"/>: <c>customer | operator | bot | system</c>.</summary>
public static class SenderNames
{
    public static string ToName(this Sender sender) => sender switch
    {
        Sender.Customer => "customer",
        Sender.Operator => "operator",
        Sender.Bot => "bot",
        Sender.System => "system",
        _ => throw new ArgumentOutOfRangeException(nameof(sender), sender, null),
    };

    public static bool TryParse(string? name, out Sender sender)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "customer": sender = Sender.Customer; return true;
            case "operator": sender = Sender.Operator; return true;
            case "bot": sender = Sender.Bot; return true;
            case "system": sender = Sender.System; return true;
            default: sender = default; return false;
        }
    }
}
