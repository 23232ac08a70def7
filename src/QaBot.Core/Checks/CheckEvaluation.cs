namespace QaBot.Core.Checks;

/// <summary>A hand label of one check on one chat: <c>chat_id,check,label</c> (DESIGN §4).</summary>
public sealed record CheckLabel(string ChatId, string Check, CheckOutcome Label, long Line);

/// <summary>
/// One check's agreement with the hand labels, a flag (<c>fail</c>) being the positive class: a fail on a chat labelled
/// pass or n/a is a false alarm a supervisor would see.
/// </summary>
public sealed record CheckScore(int N, int Tp, int Fp, int Fn)
{
    /// <summary>Of QaBot's fails, the share that are real; null when it failed nothing.</summary>
    public double? Precision => Tp + Fp == 0 ? null : (double)Tp / (Tp + Fp);

    /// <summary>Of the real fails, the share QaBot found; null when nothing was labelled fail.</summary>
    public double? Recall => Tp + Fn == 0 ? null : (double)Tp / (Tp + Fn);
}

/// <summary>A verdict that disagrees with its label.</summary>
public sealed record WrongVerdict(CheckLabel Label, CheckOutcome Verdict, ChatCheckResult Result);

/// <summary>What <c>qabot evaluate --task checks</c> reports: per-check scores, wrong verdicts, labels without a chat.</summary>
public sealed record CheckEvaluationReport(
    IReadOnlyDictionary<string, CheckScore> Checks,
    IReadOnlyList<WrongVerdict> Wrong,
    IReadOnlyList<CheckLabel> Unmatched);

/// <summary>Compares QaBot's check verdicts with hand labels (precision and recall of the flags, per check).</summary>
public static class CheckEvaluation
{
    /// <param name="results">The checked chats by chat id.</param>
    /// <param name="labels">The hand labels; a label whose chat is not in <paramref name="results"/> is reported as unmatched.</param>
    public static CheckEvaluationReport Evaluate(IReadOnlyDictionary<string, ChatCheckResult> results, IEnumerable<CheckLabel> labels)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(labels);
        var counts = new Dictionary<string, (int N, int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var wrong = new List<WrongVerdict>();
        var unmatched = new List<CheckLabel>();
        foreach (var label in labels)
        {
            if (!results.TryGetValue(label.ChatId, out var result))
            {
                unmatched.Add(label);
                continue;
            }

            var verdict = result.Checks.TryGetValue(label.Check, out var outcome) ? outcome : CheckOutcome.NotApplicable;
            var (n, tp, fp, fn) = counts.GetValueOrDefault(label.Check);
            var flagged = verdict == CheckOutcome.Fail;
            var failing = label.Label == CheckOutcome.Fail;
            counts[label.Check] = (n + 1, tp + (flagged && failing ? 1 : 0), fp + (flagged && !failing ? 1 : 0), fn + (!flagged && failing ? 1 : 0));
            if (verdict != label.Label)
            {
                wrong.Add(new WrongVerdict(label, verdict, result));
            }
        }

        var ordered = counts
            .OrderBy(c => CheckOrder(c.Key))
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => new CheckScore(c.Value.N, c.Value.Tp, c.Value.Fp, c.Value.Fn), StringComparer.Ordinal);
        return new CheckEvaluationReport(ordered, wrong, unmatched);
    }

    private static int CheckOrder(string check)
    {
        var index = CheckNames.All.ToList().IndexOf(check);
        return index < 0 ? int.MaxValue : index;
    }
}
