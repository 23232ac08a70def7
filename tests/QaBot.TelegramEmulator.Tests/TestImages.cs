using System.Buffers.Binary;

namespace QaBot.TelegramEmulator.Tests;

internal static class TestImages
{
    /// <summary>Bytes that start like a PNG of the given size (signature and IHDR), padded to <paramref name="length"/>.</summary>
    public static byte[] Png(int width, int height, int length = 2048)
    {
        var data = new byte[length];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(data, 0);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(8), 13);
        "IHDR"u8.CopyTo(data.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(20), height);
        return data;
    }
}
