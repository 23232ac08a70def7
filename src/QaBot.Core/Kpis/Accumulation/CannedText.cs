using System.Text;

namespace QaBot.Core.Kpis.Accumulation;

/// <summary>The normal form under which repeated operator texts count as the same canned reply (DESIGN §3 canned share).</summary>
public static class CannedText
{
    /// <summary>Lower case, punctuation removed, whitespace collapsed to single spaces, trimmed.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsPunctuation(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }
}
