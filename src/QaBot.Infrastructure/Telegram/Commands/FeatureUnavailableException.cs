namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>A command needs a port this installation has not registered (e.g. no QA results store yet).</summary>
public sealed class FeatureUnavailableException : Exception
{
    public FeatureUnavailableException()
    {
    }

    public FeatureUnavailableException(string message)
        : base(message)
    {
    }

    public FeatureUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
