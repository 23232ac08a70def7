namespace QaBot.Host.Cli;

/// <summary>A command line that cannot be run as given; exits with code 2 and the message.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
