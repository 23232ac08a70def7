using System.Reflection;
using Microsoft.ML;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// Stops an ML.NET fit when a token is cancelled. <c>MLContext.CancelExecution</c> is ML.NET's own cancellation; it is
/// public only through the Microsoft.ML.Experimental package (not served here), which calls the same internal method.
/// A running trainer then throws <see cref="OperationCanceledException"/> at its next check.
/// </summary>
public static class MlCancellation
{
    private static readonly MethodInfo? CancelExecution =
        typeof(MLContext).GetMethod("CancelExecution", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, Type.EmptyTypes);

    /// <summary>Whether this ML.NET version can be stopped mid-fit (otherwise cancellation waits for the fit to end).</summary>
    public static bool Supported => CancelExecution is not null;

    public static CancellationTokenRegistration Register(MLContext ml, CancellationToken cancellationToken) =>
        CancelExecution is null ? default : cancellationToken.Register(() => CancelExecution.Invoke(ml, null));
}
