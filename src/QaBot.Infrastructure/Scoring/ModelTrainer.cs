using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.ML;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// Trains, evaluates and cross-validates the politeness and sales-intent models (<c>qabot train</c>,
/// <c>qabot evaluate</c>, DESIGN §7). Every call uses a fresh <c>MLContext(seed: 1)</c>, so the same data gives the
/// same model and the same metrics. Immutable and thread-safe.
/// </summary>
public sealed class ModelTrainer
{
    private const int Seed = 1;

    // The share of the data kept out of the fit to calibrate on, and the least that is worth calibrating with.
    private const int CalibrationPercent = 15;
    private const int MinCalibrationPerLabel = 20;

    private readonly ScoringPipelineOptions _politeness;
    private readonly ScoringPipelineOptions _salesIntent;

    /// <summary>Hyperparameters per task; null for the tuned defaults (<see cref="ScoringPipelineOptions.For"/>).</summary>
    public ModelTrainer(ScoringPipelineOptions? politeness = null, ScoringPipelineOptions? salesIntent = null)
    {
        _politeness = politeness ?? ScoringPipelineOptions.For(MessageScoringTask.Politeness);
        _salesIntent = salesIntent ?? ScoringPipelineOptions.For(MessageScoringTask.SalesIntent);
    }

    /// <summary>
    /// Trains on <paramref name="data"/> and saves the model to <paramref name="outZip"/> (replaced atomically). A
    /// cancelled token stops ML.NET mid-fit (<see cref="MlCancellation"/>) and leaves the old model in place.
    /// </summary>
    public TrainResult Train(MessageScoringTask task, IEnumerable<LabelledText> data, string outZip, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(outZip);
        var stopwatch = Stopwatch.StartNew();
        var examples = RequireBothLabels(task, data, "training");
        var ml = new MLContext(Seed);
        using var cancel = MlCancellation.Register(ml, cancellationToken);
        var (fit, calibration) = CalibrationSplit(examples);
        var rows = ToDataView(ml, task, fit);
        var fitted = ScoringPipeline.Build(ml, OptionsFor(task)).Fit(rows);
        // Probabilities fitted on rows the regression never saw: a logistic regression is over-confident on its own
        // training data, and the thresholds (Rules:RudeThreshold, ReviewThreshold) are read as probabilities.
        ITransformer model = calibration.Count == 0
            ? fitted
            : fitted.Append(ml.BinaryClassification.Calibrators.Platt(labelColumnName: nameof(ScoringInput.Label))
                .Fit(fitted.Transform(ToDataView(ml, task, calibration))));

        cancellationToken.ThrowIfCancellationRequested();
        var fullPath = Path.GetFullPath(outZip);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        // A running bot may be reading the old model: write beside it, then swap in one rename.
        var temporary = fullPath + ".tmp";
        ml.Model.Save(model, rows.Schema, temporary);
        File.Move(temporary, fullPath, overwrite: true);

        var byLanguage = examples
            .GroupBy(e => ScoringLanguages.Canonical(e.Language) ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new TrainResult(task, fullPath, examples.Count, examples.Count(e => e.Label), byLanguage, calibration.Count, stopwatch.Elapsed);
    }

    // The calibration slice, or none when it would be too small to fit two parameters on both labels.
    private static (IReadOnlyList<LabelledText> Fit, IReadOnlyList<LabelledText> Calibration) CalibrationSplit(IReadOnlyList<LabelledText> examples)
    {
        var fit = new List<LabelledText>();
        var calibration = new List<LabelledText>();
        foreach (var example in examples)
        {
            (HeldOutSplit.IsInCalibrationSlice(example.Text, CalibrationPercent) ? calibration : fit).Add(example);
        }

        var positives = calibration.Count(e => e.Label);
        var enough = positives >= MinCalibrationPerLabel && calibration.Count - positives >= MinCalibrationPerLabel
            && fit.Any(e => e.Label) && fit.Any(e => !e.Label);
        return enough ? (fit, calibration) : (examples, []);
    }

    /// <summary>Scores <paramref name="data"/> with a saved model and compares with the labels.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Called like Train and CrossValidate, on the trainer.")]
    public EvaluationResult Evaluate(MessageScoringTask task, string modelZip, IEnumerable<LabelledText> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var examples = RequireBothLabels(task, data, "evaluation");
        var ml = new MLContext(Seed);
        var model = ScoringModel.Load(ml, task, modelZip);
        var scored = model.Transformer.Transform(ToDataView(ml, task, examples));
        var metrics = ml.BinaryClassification.Evaluate(scored, nameof(ScoringInput.Label));
        return new EvaluationResult(examples.Count, metrics.Accuracy, metrics.F1Score, metrics.AreaUnderRocCurve);
    }

    /// <summary>
    /// k-fold cross-validation of the training pipeline on <paramref name="data"/> (ML.NET's CrossValidate, seeded);
    /// the metrics are the means over the folds.
    /// </summary>
    public EvaluationResult CrossValidate(MessageScoringTask task, IEnumerable<LabelledText> data, int k)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var examples = RequireBothLabels(task, data, "cross-validation");
        if (k > examples.Count)
        {
            throw new InvalidDataException($"{k} folds need at least {k} examples; the data has {examples.Count}.");
        }

        var ml = new MLContext(Seed);
        var folds = ml.BinaryClassification.CrossValidate(
            ToDataView(ml, task, examples),
            ScoringPipeline.Build(ml, OptionsFor(task)),
            numberOfFolds: k,
            labelColumnName: nameof(ScoringInput.Label),
            seed: Seed);
        return new EvaluationResult(
            examples.Count,
            folds.Average(f => f.Metrics.Accuracy),
            folds.Average(f => f.Metrics.F1Score),
            folds.Average(f => f.Metrics.AreaUnderRocCurve));
    }

    private ScoringPipelineOptions OptionsFor(MessageScoringTask task) =>
        task == MessageScoringTask.Politeness ? _politeness : _salesIntent;

    private static IDataView ToDataView(MLContext ml, MessageScoringTask task, IReadOnlyList<LabelledText> examples)
    {
        var factory = ScoringRowFactory.For(task);
        var rows = examples.Select(e => factory.Create(e.Text, e.Language, e.Label)).ToArray();
        return ml.Data.LoadFromEnumerable(rows, ScoringPipeline.InputSchema(factory.FeatureCount));
    }

    // A one-class set trains a constant model and leaves F1/AUC undefined: refuse it with a message that says so.
    private static List<LabelledText> RequireBothLabels(MessageScoringTask task, IEnumerable<LabelledText> data, string purpose)
    {
        var examples = data.ToList();
        var positives = examples.Count(e => e.Label);
        if (positives == 0 || positives == examples.Count)
        {
            throw new InvalidDataException(
                $"The {task.ToName()} {purpose} data must hold examples of both labels (1 and 0); it has {positives} of label 1 and {examples.Count - positives} of label 0.");
        }

        return examples;
    }
}
