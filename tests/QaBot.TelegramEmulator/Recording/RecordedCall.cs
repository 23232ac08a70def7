namespace QaBot.TelegramEmulator.Recording;

/// <summary>
/// Any call that reached a valid token, with its outcome: lets tests count retries or see what was refused and why.
/// </summary>
/// <param name="Method">The canonical method name, or the name as requested when the schema does not know it.</param>
/// <param name="ParametersJson">The parameters without uploaded files.</param>
/// <param name="StatusCode">200, or the error_code that was returned (0 when the connection was aborted).</param>
/// <param name="ErrorDescription">Telegram's description of the refusal; null on success.</param>
public sealed record RecordedCall(
    string Method, string ParametersJson, int StatusCode, string? ErrorDescription, DateTimeOffset At);
