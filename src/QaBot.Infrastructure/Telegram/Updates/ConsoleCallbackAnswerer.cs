namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>Without Telegram there are no buttons to answer.</summary>
public sealed class ConsoleCallbackAnswerer : ICallbackAnswerer
{
    public Task AnswerAsync(string queryId, string? text, CancellationToken cancellationToken) => Task.CompletedTask;
}
