namespace QaBot.Infrastructure.Storage;

/// <summary>One versioned schema step. Steps are applied in order, each once, and recorded in <c>schema_version</c>.</summary>
public sealed record SchemaMigration(int Version, string Description, string Sql);
