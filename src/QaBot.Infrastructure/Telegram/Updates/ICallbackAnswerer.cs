namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>answerCallbackQuery: stops the button's spinner. Direct, not through the outbox: it must come within seconds.</summary>
public interface ICallbackAnswerer
{
    Task AnswerAsync(string queryId, string? text, CancellationToken cancellationToken);
}
