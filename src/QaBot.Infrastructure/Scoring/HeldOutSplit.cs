using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using QaBot.Core.Text;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// A deterministic train/test split by a hash of each example's normalised text: the same text is always on the same
/// side, whatever the file order or the other rows, so held-out metrics in the README can be reproduced exactly and
/// two rows differing only in punctuation or case never straddle the split.
/// </summary>
public static class HeldOutSplit
{
    public const int DefaultTestPercent = 10;

    public static bool IsHeldOut(string text, int testPercent = DefaultTestPercent) => InSlice(text, testPercent, slot: 0);

    /// <summary>
    /// A second, independent slice of the same kind (other bits of the hash): the calibration rows of
    /// <see cref="ModelTrainer.Train"/>, about as often in and out of the test slice as anywhere else.
    /// </summary>
    public static bool IsInCalibrationSlice(string text, int percent) => InSlice(text, percent, slot: 1);

    private static bool InSlice(string text, int percent, int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(TextNormalizer.Normalize(text)), digest);
        return BinaryPrimitives.ReadUInt32LittleEndian(digest[(slot * sizeof(uint))..]) % 100 < percent;
    }

    public static TrainTestSplit Split(IEnumerable<LabelledText> data, int testPercent = DefaultTestPercent)
    {
        ArgumentNullException.ThrowIfNull(data);
        var train = new List<LabelledText>();
        var test = new List<LabelledText>();
        foreach (var example in data)
        {
            (IsHeldOut(example.Text, testPercent) ? test : train).Add(example);
        }

        return new TrainTestSplit(train, test);
    }
}
