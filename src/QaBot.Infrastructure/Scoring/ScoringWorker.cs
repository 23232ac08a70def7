using Microsoft.ML;
using QaBot.Infrastructure.Scoring.Features;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// A <see cref="PredictionEngine{TSrc,TDst}"/> (not thread-safe) with its own input row, n-gram bag and output, so
/// that a pooled worker scores a message without allocating vectors or a prediction.
/// </summary>
internal sealed class ScoringWorker : IDisposable
{
    private readonly PredictionEngine<ScoringInput, ScoringPrediction> _engine;
    private readonly ScoringRowFactory _rows;
    private readonly ScoringInput _input = new();
    private readonly NgramBag _bag = NgramHashing.NewBag();
    private ScoringPrediction _output = new();

    public ScoringWorker(PredictionEngine<ScoringInput, ScoringPrediction> engine, ScoringRowFactory rows)
    {
        _engine = engine;
        _rows = rows;
    }

    /// <summary>P(label = 1) of one message.</summary>
    public float Predict(string? text, string? language)
    {
        _rows.Fill(_input, text, language, _bag);
        _engine.Predict(_input, ref _output);
        return _output.Probability;
    }

    public void Dispose() => _engine.Dispose();
}
