using System.Buffers.Binary;

namespace QaBot.TelegramEmulator.Methods;

/// <summary>
/// Recognises the image formats Telegram accepts as photos and reads their size; Telegram refuses anything else
/// with IMAGE_PROCESS_FAILED, which is how a broken chart renderer shows up in tests.
/// </summary>
internal static class ImageProbe
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height (0 when the format does not say cheaply), or null when it is not an image.</summary>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(PngSignature))
        {
            // The IHDR chunk comes first: length(4) type(4) width(4) height(4), big-endian.
            return data.Length >= 24 && data[12..16].SequenceEqual("IHDR"u8)
                ? (BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]))
                : null;
        }

        if (data.StartsWith("GIF8"u8) && data.Length >= 10)
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));
        }

        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return (0, 0);
        }

        return data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? JpegSize(data) : null;
    }

    // Walks the JPEG segments to the first start-of-frame marker, which holds height then width.
    private static (int Width, int Height)? JpegSize(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length && data[i] == 0xFF)
        {
            var marker = data[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            }

            i += 2 + length;
        }

        return (0, 0);
    }
}
