using Microsoft.ML;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// A <see cref="PredictionEngine{TSrc,TDst}"/> (not thread-safe) with its own input and output rows, so that a pooled
/// worker scores a message without allocating a feature vector or a prediction.
/// </summary>
internal sealed class ScoringWorker : IDisposable
{
    private readonly PredictionEngine<ScoringInput, ScoringPrediction> _engine;
    private readonly ScoringRowFactory _rows;
    private readonly ScoringInput _input;
    private ScoringPrediction _output = new();

    public ScoringWorker(PredictionEngine<ScoringInput, ScoringPrediction> engine, ScoringRowFactory rows)
    {
        _engine = engine;
        _rows = rows;
        _input = new ScoringInput { Features = new float[rows.FeatureCount] };
    }

    /// <summary>P(label = 1) of one message.</summary>
    public float Predict(string? text, string? language)
    {
        _rows.Fill(_input, text, language);
        _engine.Predict(_input, ref _output);
        return _output.Probability;
    }

    public void Dispose() => _engine.Dispose();
}
