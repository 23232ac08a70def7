using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Storage;

namespace QaBot.Infrastructure.Jobs;

/// <summary>Nightly: deletes chats whose last message is older than <c>Storage:RetentionDays</c> (0 = keep everything).</summary>
public sealed class RetentionJob
{
    public const string Id = "retention-purge";

    private readonly ITranscriptStore _store;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RetentionJob> _logger;

    public RetentionJob(ITranscriptStore store, IOptions<StorageOptions> options, TimeProvider time, ILogger<RetentionJob> logger)
    {
        _store = store;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (_options.RetentionDays <= 0)
        {
            return 0;
        }

        var cutoff = _time.GetUtcNow().AddDays(-_options.RetentionDays);
        var purged = await _store.PurgeAsync(cutoff, cancellationToken);
        _logger.LogInformation("Retention: purged {Count} chats whose last message was before {Cutoff:O}", purged, cutoff);
        return purged;
    }
}
