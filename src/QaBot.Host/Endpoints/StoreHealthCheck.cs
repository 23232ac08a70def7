using Microsoft.Extensions.Diagnostics.HealthChecks;
using QaBot.Core.Abstractions;

namespace QaBot.Host.Endpoints;

/// <summary>Healthy when the transcript store answers a query.</summary>
internal sealed class StoreHealthCheck(ITranscriptStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var counts = await store.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{counts.Chats} chats, {counts.Messages} messages");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("transcript store unreachable", ex);
        }
    }
}
