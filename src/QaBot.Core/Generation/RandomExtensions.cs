namespace QaBot.Core.Generation;

/// <summary>Sampling helpers over a seeded <see cref="Random"/>; every draw goes through the caller's instance so runs repeat exactly.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An integer in [min, max], both ends included.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    /// <summary>Whole seconds in [min, max], both ends included: timestamps stay on the second, as real exports do.</summary>
    public static TimeSpan Seconds(this Random random, int min, int max) => TimeSpan.FromSeconds(random.Between(min, max));

    /// <summary>Whole seconds spread evenly on a log scale, for waits that range from minutes to hours.</summary>
    public static TimeSpan LogSeconds(this Random random, double min, double max) =>
        TimeSpan.FromSeconds(Math.Round(min * Math.Pow(max / min, random.NextDouble())));

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An index drawn with probability proportional to its weight.</summary>
    public static int PickWeighted(this Random random, IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var target = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        // Rounding can leave the target a hair above the last boundary: take the last item with any weight.
        for (var i = weights.Count - 1; i >= 0; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>The items in a random order (Fisher–Yates).</summary>
    public static List<T> Shuffle<T>(this Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A fresh generator for one stream (a day), derived from the run's seed with SplitMix64 so streams do not overlap.</summary>
    public static Random Derive(int seed, int stream)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32 | (uint)stream) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return new Random((int)(z & 0x7FFF_FFFF));
        }
    }
}
