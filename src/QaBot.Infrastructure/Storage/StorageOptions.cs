using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Storage;

/// <summary>The <c>Storage</c> config section (DESIGN §7).</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>Where the embedded default keeps its SQLite file (and models, exports); created at start if missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>PostgreSQL connection string; empty = the embedded SQLite default.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Chats older than this many days are purged by the retention job; 0 keeps everything.</summary>
    [Range(0, 36500)]
    public int RetentionDays { get; set; }

    /// <summary>Below this much free space on the data directory's disk <c>/health</c> answers 503; 0 turns the check off.</summary>
    [Range(0, 100_000_000)]
    public int MinFreeDiskMegabytes { get; set; } = 256;

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(ConnectionString);

    public string SqlitePath => Path.Combine(Path.GetFullPath(DataDirectory), "qabot.db");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Both are used while the services are built (the data source, the SQLite file), where a bad value would end
        // in a stack trace instead of a message naming the key.
        var problem = UsesPostgres ? StorageChecks.ConnectionStringProblem(ConnectionString!)
            : string.IsNullOrWhiteSpace(DataDirectory) ? null
            : StorageChecks.DataDirectoryProblem(DataDirectory);
        if (problem is not null)
        {
            yield return new ValidationResult(problem, [UsesPostgres ? nameof(ConnectionString) : nameof(DataDirectory)]);
        }
    }
}
