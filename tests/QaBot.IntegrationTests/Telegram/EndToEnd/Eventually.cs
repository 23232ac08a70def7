using System.Diagnostics;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>Polls a condition until it holds or a deadline passes (no fixed sleeps: the wait ends as soon as it holds).</summary>
public static class Eventually
{
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout} for {what}.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout} for {what}.");
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Polls until <paramref name="read"/> returns a value, and returns it.</summary>
    public static async Task<T> ResultAsync<T>(Func<Task<T?>> read, TimeSpan timeout, string what)
        where T : class
    {
        T? value = null;
        await WaitUntilAsync(async () => (value = await read()) is not null, timeout, what);
        return value!;
    }
}
