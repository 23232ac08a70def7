using System.Security.Cryptography;
using System.Text;

namespace QaBot.Host.Endpoints;

internal static class ApiKeys
{
    /// <summary>Constant-time comparison against every configured key; an empty configuration accepts nothing.</summary>
    public static bool IsValid(string? presented, IEnumerable<string?> accepted)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        var ok = false;
        foreach (var key in accepted)
        {
            if (!string.IsNullOrEmpty(key))
            {
                ok |= CryptographicOperations.FixedTimeEquals(bytes, Encoding.UTF8.GetBytes(key));
            }
        }

        return ok;
    }
}
