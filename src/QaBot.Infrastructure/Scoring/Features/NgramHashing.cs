using System.Runtime.CompilerServices;
using QaBot.Core.Text;

namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// Word uni- and bigrams and character 2–4-grams, each kind hashed into its own block of 2^16 buckets in C#. ML.NET's dictionary n-gram
/// transforms cost about 70 µs a message here, far over the scoring budget; hashing the same n-grams costs a few
/// microseconds and needs no vocabulary in the model. The hash is FNV-1a with a murmur finaliser: stable across
/// processes and versions, which a saved model depends on (never <see cref="string.GetHashCode()"/>).
/// Changing anything here changes the features: bump <see cref="ScoringInput.FeatureVersion"/> with it.
/// </summary>
internal static class NgramHashing
{
    public const int Bits = 16;
    public const int Buckets = 1 << Bits;
    public const int WordBlock = 0;
    public const int CharBlock = 1;
    public const int Blocks = 2;

    /// <summary>The length of the n-gram vector: a block of buckets for words, then one for characters.</summary>
    public const int VectorLength = Blocks * Buckets;

    public static NgramBag NewBag() => new(Buckets, Blocks);
    public const int MinCharNgram = 2;
    public const int MaxCharNgram = 4;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint BigramSeed = 0x9E3779B9;
    private const char Start = '\u0002';
    private const char End = '\u0003';

    /// <summary>Every word and pair of adjacent words; in CJK text every character counts as a word.</summary>
    public static void AddWords(NormalizedText text, NgramBag bag)
    {
        var previous = 0u;
        var hasPrevious = false;
        for (var w = 0; w < text.WordCount; w++)
        {
            var word = text.Word(w);
            var start = 0;
            while (start < word.Length)
            {
                var length = TokenLength(word[start..]);
                var hash = Hash(word.Slice(start, length), FnvOffset);
                bag.Add(WordBlock, Bucket(hash));
                if (hasPrevious)
                {
                    bag.Add(WordBlock, Bucket((previous * FnvPrime) ^ hash ^ BigramSeed));
                }

                previous = hash;
                hasPrevious = true;
                start += length;
            }
        }
    }

    /// <summary>
    /// Character n-grams of the lower-cased text (ё→е) with its punctuation and emoji, between start and end
    /// markers so that word beginnings and endings of the message are n-grams of their own.
    /// </summary>
    public static void AddChars(string text, NgramBag bag)
    {
        Span<char> buffer = text.Length + 2 <= 512 ? stackalloc char[text.Length + 2] : new char[text.Length + 2];
        buffer[0] = Start;
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            buffer[i + 1] = c == 'ё' ? 'е' : c;
        }

        buffer[^1] = End;
        for (var n = MinCharNgram; n <= MaxCharNgram; n++)
        {
            var seed = FnvOffset ^ (uint)n;
            for (var i = 0; i + n <= buffer.Length; i++)
            {
                bag.Add(CharBlock, Bucket(Hash(buffer.Slice(i, n), seed)));
            }
        }
    }

    // A run of non-CJK characters, or one CJK character.
    private static int TokenLength(ReadOnlySpan<char> rest)
    {
        if (IsCjkAt(rest, 0, out var width))
        {
            return width;
        }

        var length = width;
        while (length < rest.Length && !IsCjkAt(rest, length, out _))
        {
            length++;
        }

        return length;
    }

    private static bool IsCjkAt(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length)
        {
            width = 2;
            return TextNormalizer.IsCjk(char.ConvertToUtf32(c, text[index + 1]));
        }

        width = 1;
        return TextNormalizer.IsCjk(c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> chars, uint seed)
    {
        var hash = seed;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    // Murmur3's finaliser spreads FNV's weak low bits over the whole bucket index.
    private static int Bucket(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        hash ^= hash >> 16;
        return (int)(hash & (Buckets - 1));
    }
}
