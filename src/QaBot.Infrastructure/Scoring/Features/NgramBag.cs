using System.Numerics;
using Microsoft.ML.Data;

namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// The hashed n-grams of one message as a set of buckets, in consecutive blocks of equal size (word n-grams, then
/// character n-grams), turned into one sparse vector with each block scaled to unit L2 norm. Presence rather than
/// counts: on the Stanford requests it did as well in-domain and better across domains. Buckets are tracked in a
/// two-level bitmap (16 KB, cache-resident), so the ascending indices ML.NET needs come out without sorting.
/// Not thread-safe: each scoring worker owns one and reuses it.
/// </summary>
internal sealed class NgramBag
{
    private readonly int _blockSize;
    private readonly ulong[] _used;
    private readonly ulong[] _usedWords;
    private int _distinct;

    public NgramBag(int blockSize, int blocks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 64);
        _blockSize = blockSize;
        Length = blockSize * blocks;
        _used = new ulong[(Length + 63) / 64];
        _usedWords = new ulong[(_used.Length + 63) / 64];
    }

    /// <summary>The length of the vector: block size × blocks.</summary>
    public int Length { get; }

    public void Add(int block, int bucket)
    {
        var index = (block * _blockSize) + bucket;
        var bit = 1UL << index;
        if ((_used[index >> 6] & bit) != 0)
        {
            return;
        }

        _used[index >> 6] |= bit;
        _usedWords[index >> 12] |= 1UL << (index >> 6);
        _distinct++;
    }

    /// <summary>Writes the normalised vector into <paramref name="vector"/>, reusing its arrays, and empties the bag.</summary>
    public void MoveTo(ref VBuffer<float> vector)
    {
        var editor = VBufferEditor.Create(ref vector, Length, _distinct);
        var indices = editor.Indices[.._distinct];
        var values = editor.Values[.._distinct];
        var slot = 0;
        for (var top = 0; top < _usedWords.Length; top++)
        {
            for (var words = _usedWords[top]; words != 0; words &= words - 1)
            {
                var word = (top << 6) + BitOperations.TrailingZeroCount(words);
                for (var bits = _used[word]; bits != 0; bits &= bits - 1)
                {
                    indices[slot++] = (word << 6) + BitOperations.TrailingZeroCount(bits);
                }

                _used[word] = 0;
            }

            _usedWords[top] = 0;
        }

        NormalizeBlocks(indices, values);
        _distinct = 0;
        vector = editor.Commit();
    }

    // Each block to unit L2 norm (1/√n for n buckets set), so that long messages do not outweigh short ones.
    private void NormalizeBlocks(ReadOnlySpan<int> indices, Span<float> values)
    {
        var from = 0;
        while (from < indices.Length)
        {
            var end = ((indices[from] / _blockSize) + 1) * _blockSize;
            var to = from;
            while (to < indices.Length && indices[to] < end)
            {
                to++;
            }

            values[from..to].Fill(1f / MathF.Sqrt(to - from));
            from = to;
        }
    }
}
