namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// The binary task of the Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al. 2013): requests in the top quartile
/// of the normalised politeness score are polite (1), those in the bottom quartile impolite (0), the middle half is left
/// out because annotators disagree there.
/// </summary>
public static class QuartileLabels
{
    /// <summary>Labels the rows; rows keep their order. With fewer than 4 rows nothing is confidently in a quartile.</summary>
    public static IReadOnlyList<(T Row, bool Label)> Label<T>(IReadOnlyList<T> rows, Func<T, double> score)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(score);
        var quarter = rows.Count / 4;
        if (quarter == 0)
        {
            return [];
        }

        var sorted = rows.Select(score).Order().ToArray();
        var bottom = sorted[quarter - 1];
        var top = sorted[^quarter];
        var labelled = new List<(T, bool)>(2 * quarter);
        foreach (var row in rows)
        {
            var value = score(row);
            if (value >= top)
            {
                labelled.Add((row, true));
            }
            else if (value <= bottom)
            {
                labelled.Add((row, false));
            }
        }

        return labelled;
    }
}
