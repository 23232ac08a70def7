namespace QaBot.TelegramEmulator.Faults;

/// <summary>A failure queued for a coming call: an error response, or a dropped connection.</summary>
internal sealed record InjectedFault(int StatusCode, string Description, int? RetryAfter, bool AbortConnection)
{
    public static InjectedFault Abort() => new(0, "connection aborted by the emulator", null, true);
}
