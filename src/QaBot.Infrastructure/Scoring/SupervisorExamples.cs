using QaBot.Core.Abstractions;
using QaBot.Core.Checks;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// Supervisor verdicts on flagged messages (DESIGN §6) as training examples, for <c>qabot train --with-labels</c> and the
/// nightly <see cref="Jobs.RetrainJob"/>. Politeness: "not a problem" = polite (1), "confirmed" = rude (0). Only
/// politeness flags carry the buttons, so sales intent has no labels to learn from.
/// </summary>
public static class SupervisorExamples
{
    /// <summary>The check whose labels teach <paramref name="task"/>; null when no check labels it.</summary>
    public static string? CheckFor(MessageScoringTask task) => task == MessageScoringTask.Politeness ? CheckNames.Politeness : null;

    /// <param name="detector">Detects the language of a label whose chat had none, as the checks do; null leaves it unknown.</param>
    public static LabelledText ToExample(SupervisorLabel label, ILanguageDetector? detector = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new LabelledText(label.Text, !label.Confirmed, label.Language ?? detector?.Detect(label.Text));
    }

    /// <summary>Every stored label for <paramref name="task"/>, oldest first; empty when no check labels it.</summary>
    public static async Task<IReadOnlyList<SupervisorLabel>> LabelsAsync(ILabelStore store, MessageScoringTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return CheckFor(task) is { } check ? await store.GetLabelsAsync(check, cancellationToken) : [];
    }
}
