using QaBot.Core.Text;

namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// The hand-written features of one model, computed in C# before the ML.NET pipeline so that a saved model needs no
/// custom transform registered to load. Implementations are immutable and thread-safe.
/// </summary>
internal interface IMessageFeatures
{
    /// <summary>The length of the vector; fixed, because it is part of the saved model's input schema.</summary>
    int Count { get; }

    /// <summary>Writes the features into <paramref name="features"/> (length <see cref="Count"/>, zeroed by the caller).</summary>
    /// <param name="language">ru, en, zh, or null when neither the caller nor the script could tell.</param>
    void Compute(string text, NormalizedText normalized, string? language, Span<float> features);
}
