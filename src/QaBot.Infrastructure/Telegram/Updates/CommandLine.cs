namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>Reads "/stats@qabot_bot 7d sales" as command "stats", mention "qabot_bot", arguments ["7d", "sales"].</summary>
public static class CommandLine
{
    public static bool TryParse(string text, out string name, out string? mention, out IReadOnlyList<string> args)
    {
        name = string.Empty;
        mention = null;
        args = [];
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/')
        {
            return false;
        }

        var words = trimmed[1..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var head = words[0];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            mention = head[(at + 1)..];
            head = head[..at];
        }

        name = head.ToLowerInvariant();
        args = words[1..];
        return name.Length > 0;
    }
}
