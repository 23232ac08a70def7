using System.ComponentModel.DataAnnotations;
using QaBot.Core.Checks;

namespace QaBot.Infrastructure.Quality;

/// <summary>The <c>Rules</c> section: phrase lists, thresholds and weights of the quality checks (DESIGN §4).</summary>
public sealed class RulesOptions : IValidatableObject
{
    public const string SectionName = "Rules";

    /// <summary>Folder of <c>&lt;lang&gt;.json</c> phrase lists; supervisors edit them without a rebuild.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "config/rules";

    /// <summary>A wait longer than this must be announced and thanked for.</summary>
    [Range(1, 86400)]
    public int WaitNoticeSeconds { get; set; } = 60;

    /// <summary>The same normalised operator text in this many chats counts as canned.</summary>
    [Range(2, 100000)]
    public int CannedMinUses { get; set; } = 5;

    /// <summary>
    /// Calibrated P(rude) at or above which an operator message is <c>rude</c> without a lexicon hit: the check fails,
    /// the QA score becomes 0 and supervisors are alerted. A false alarm costs a polite operator their score, so this
    /// is set where the model is near certain on our held-out evaluation chats (README, "Rudeness").
    /// </summary>
    [Range(0.01, 1.0)]
    public double RudeThreshold { get; set; } = 0.97;

    /// <summary>
    /// Calibrated P(rude) at or above which a message that is not <c>rude</c> goes to supervisors for a label
    /// (<c>review</c> tier: the check passes, KPIs count it under <c>to_review</c>). At or above
    /// <see cref="RudeThreshold"/> the tier is off.
    /// </summary>
    [Range(0.01, 1.0)]
    public double ReviewThreshold { get; set; } = 0.8;

    /// <summary>
    /// P(purchase intent) at or above which a customer message counts as a buying signal: ~40% positives in the
    /// sales-intent training data vs ~10% of customer messages in practice, so well above 0.5 (README, "Models").
    /// </summary>
    [Range(0.01, 1.0)]
    public double SalesIntentThreshold { get; set; } = 0.9;

    /// <summary>Weight of each check in the QA score; checks not listed keep their default weight.</summary>
    public Dictionary<string, double> Weights { get; set; } = new(StringComparer.Ordinal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The phrase lists load when the checks are built, where a missing folder would end in a stack trace.
        if (!string.IsNullOrWhiteSpace(Directory) && !System.IO.Directory.Exists(Directory))
        {
            yield return new ValidationResult($"'{Directory}' does not exist; it must hold the phrase lists (ru.json, en.json, zh.json)", [nameof(Directory)]);
        }

        foreach (var (check, weight) in Weights)
        {
            if (!CheckNames.All.Contains(check))
            {
                yield return new ValidationResult($"unknown check; use one of {string.Join(", ", CheckNames.All)}", [$"{nameof(Weights)}:{check}"]);
            }
            else if (!double.IsFinite(weight) || weight < 0)
            {
                yield return new ValidationResult("must be a weight of 0 or more", [$"{nameof(Weights)}:{check}"]);
            }
        }
    }
}
