using System.Text;

namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>Callback data as '|'-separated parts, at most 64 bytes (Telegram's limit) in UTF-8.</summary>
public static class CallbackData
{
    public const int MaxBytes = 64;

    public const char Separator = '|';

    public static string Build(params string[] parts)
    {
        var data = string.Join(Separator, parts.Select(p => p.Replace(Separator, '/')));
        return Encoding.UTF8.GetByteCount(data) <= MaxBytes
            ? data
            : throw new ArgumentException($"Callback data '{data}' is longer than {MaxBytes} bytes.", nameof(parts));
    }

    public static bool Fits(params string[] parts) => Encoding.UTF8.GetByteCount(string.Join(Separator, parts)) <= MaxBytes;

    public static IReadOnlyList<string> Parse(string? data) => string.IsNullOrEmpty(data) ? [] : data.Split(Separator);
}
