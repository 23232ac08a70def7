using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Quality;

/// <summary>The <c>Rules</c> section: phrase lists, thresholds and weights of the quality checks (DESIGN §4).</summary>
public sealed class RulesOptions
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

    /// <summary>P(rude) at or above which an operator message fails <c>politeness</c>.</summary>
    [Range(0.01, 1.0)]
    public double RudeThreshold { get; set; } = 0.5;

    /// <summary>P(purchase intent) at or above which a customer message counts as a buying signal.</summary>
    [Range(0.01, 1.0)]
    public double SalesIntentThreshold { get; set; } = 0.5;

    /// <summary>Weight of each check in the QA score; checks not listed keep their default weight.</summary>
    public Dictionary<string, double> Weights { get; set; } = new(StringComparer.Ordinal);
}
