using System.Security.Cryptography;
using System.Text;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>One-time link codes: 10 characters of Crockford base32 (no I, L, O, U), stored only as a SHA-256 hash.</summary>
public static class LinkCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string NewCode() =>
        new(Enumerable.Range(0, 10).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());

    /// <summary>Hash of the code as typed: case and dashes do not matter.</summary>
    public static string Hash(string code)
    {
        var normalized = code.Trim().Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
