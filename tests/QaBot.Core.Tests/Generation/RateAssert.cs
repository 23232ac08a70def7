namespace QaBot.Core.Tests.Generation;

/// <summary>Compares a measured share with the configured rate, allowing sampling noise (4 standard errors) plus a small bias.</summary>
internal static class RateAssert
{
    public static void Near(double expected, int hits, int total, string what, double bias = 0.01)
    {
        Assert.True(total > 0, $"{what}: no chats in the population.");
        var measured = (double)hits / total;
        var tolerance = (4 * Math.Sqrt(expected * (1 - expected) / total)) + bias;
        Assert.True(Math.Abs(measured - expected) <= tolerance,
            $"{what}: measured {measured:P2} ({hits}/{total}), configured {expected:P2}, tolerance ±{tolerance:P2}.");
    }
}
