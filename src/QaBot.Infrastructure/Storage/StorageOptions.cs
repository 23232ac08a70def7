using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Storage;

/// <summary>The <c>Storage</c> config section (DESIGN §7).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Where the embedded default keeps its SQLite file (and models, exports).</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>PostgreSQL connection string; empty = the embedded SQLite default.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Chats older than this many days are purged by the retention job; 0 keeps everything.</summary>
    [Range(0, 36500)]
    public int RetentionDays { get; set; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(ConnectionString);

    public string SqlitePath => Path.Combine(Path.GetFullPath(DataDirectory), "qabot.db");
}
