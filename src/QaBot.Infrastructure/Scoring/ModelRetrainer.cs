namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// Trains a candidate model on the shipped training data plus supervisor labels and keeps it only if it scores at least
/// as well as the model in use. Both sets go through the same <see cref="HeldOutSplit"/>, so a label's text is either
/// learned from or held out, never both, and the two models are compared on exactly the same held-out examples.
/// </summary>
public sealed class ModelRetrainer
{
    private readonly ModelTrainer _trainer;

    public ModelRetrainer(ModelTrainer? trainer = null)
    {
        _trainer = trainer ?? new ModelTrainer();
    }

    /// <summary>
    /// Retrains <paramref name="task"/>'s model at <paramref name="modelPath"/>. The candidate is written beside it and
    /// renamed over it only when its held-out accuracy is at least the current one (the previous model is kept as
    /// <c>.previous</c>); otherwise the model file is left untouched.
    /// </summary>
    public ModelComparison Retrain(MessageScoringTask task, IReadOnlyList<LabelledText> shipped, IReadOnlyList<LabelledText> labels, string modelPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        ArgumentNullException.ThrowIfNull(labels);
        var fullPath = Path.GetFullPath(modelPath);
        var data = HeldOutSplit.Split(shipped);
        var labelled = HeldOutSplit.Split(labels);
        List<LabelledText> train = [.. data.Train, .. labelled.Train];
        List<LabelledText> test = [.. data.Test, .. labelled.Test];

        // Beside the model, so keeping it is one rename on the same file system: a reader never sees half a file.
        var candidatePath = fullPath + ".candidate";
        try
        {
            _trainer.Train(task, train, candidatePath, cancellationToken);
            var current = _trainer.Evaluate(task, fullPath, test);
            var candidate = _trainer.Evaluate(task, candidatePath, test);
            var replace = candidate.Accuracy >= current.Accuracy;
            if (replace)
            {
                File.Copy(fullPath, fullPath + ".previous", overwrite: true);
                File.Move(candidatePath, fullPath, overwrite: true);
            }

            return new ModelComparison(task, train.Count, labelled.Train.Count, test.Count, labelled.Test.Count, current, candidate, replace);
        }
        finally
        {
            File.Delete(candidatePath);
        }
    }
}
