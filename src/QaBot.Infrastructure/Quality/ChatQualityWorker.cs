using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Infrastructure.Scoring;
using QaBot.Infrastructure.Telegram.Options;

namespace QaBot.Infrastructure.Quality;

/// <summary>
/// Keeps every chat's quality result current: scores chats that are new, have grown since they were scored, or were
/// scored with other models or rules; alerts supervisors to newly flagged messages (<c>rude</c> or <c>review</c> tier)
/// written within <c>Alerts:RudeMaxAgeMinutes</c>.
/// </summary>
public sealed class ChatQualityWorker : BackgroundService
{
    private readonly IServiceProvider _services;
    private readonly ILogger<ChatQualityWorker> _logger;
    private readonly ScoringOptions _options;
    private readonly TimeProvider _time;

    public ChatQualityWorker(IServiceProvider services, IOptions<ScoringOptions> options, TimeProvider time, ILogger<ChatQualityWorker> logger)
    {
        _services = services;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Scores one batch of stale chats; returns how many were scored (0 = nothing to do).</summary>
    public static async Task<int> ScoreStaleAsync(IServiceProvider services, int batchSize, CancellationToken cancellationToken)
    {
        // A model file replaced by the retraining job (here or on another instance sharing the folder) takes effect
        // now; the new version makes every stored result stale, so the chats are scored again.
        services.GetService<MlMessageScorer>()?.ReloadIfChanged();
        var quality = services.GetRequiredService<ChatQuality>();
        var store = services.GetRequiredService<ITranscriptStore>();
        var results = services.GetRequiredService<IChatResultStore>();
        var notifier = services.GetService<ITeamNotifier>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var maxAge = services.GetRequiredService<IOptions<AlertOptions>>().Value.RudeMaxAgeMinutes;
        var rudeAlertsSince = maxAge == 0 ? DateTimeOffset.MinValue : now.AddMinutes(-maxAge);
        var stale = await results.FindStaleAsync(quality.Version, batchSize, cancellationToken);
        var computed = new List<ChatResult>(stale.Count);
        foreach (var (key, revision) in stale)
        {
            var chat = await store.GetAsync(key, cancellationToken);
            if (chat is null)
            {
                continue;
            }

            var result = quality.Evaluate(chat, revision, now);
            computed.Add(result);
            var rude = result.Evidence.GetValueOrDefault(CheckNames.Politeness) ?? [];
            if (notifier is not null && (rude.Count > 0 || result.Review.Count > 0))
            {
                // A message already flagged in either tier was already put in front of a supervisor.
                var before = await results.GetResultAsync(key, cancellationToken);
                var alreadyFlagged = (before?.Evidence.GetValueOrDefault(CheckNames.Politeness) ?? []).Concat(before?.Review ?? []).ToHashSet(StringComparer.Ordinal);
                var flagged = rude.Select(id => (id, RudenessTier.Rude)).Concat(result.Review.Select(id => (id, RudenessTier.Review)));
                foreach (var (messageId, tier) in flagged)
                {
                    var message = chat.Messages.First(m => m.Id == messageId);
                    if (alreadyFlagged.Contains(messageId) || message.At < rudeAlertsSince)
                    {
                        continue;
                    }

                    await notifier.SendRudeMessageAlertAsync(chat, message, result.Politeness.GetValueOrDefault(messageId), tier, cancellationToken);
                }
            }
        }

        await results.SaveResultsAsync(computed, cancellationToken);
        return stale.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var scored = await ScoreStaleAsync(_services, _options.BatchSize, stoppingToken);
                failures = 0;
                if (scored > 0)
                {
                    _logger.LogDebug("Scored {Count} chats", scored);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                _logger.LogError(ex, "Scoring chats failed ({Failures} in a row); retrying", failures);
            }

            var delay = failures == 0 ? _options.PollInterval : TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures)));
            await Task.Delay(delay, _time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
