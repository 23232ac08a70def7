using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;

namespace QaBot.Core.Abstractions;

/// <summary>KPIs over stored chats (DESIGN §5): the engine fed from the store, using rollups where they apply.</summary>
public interface IKpiService
{
    Task<KpiReport> ComputeAsync(KpiRequest request, CancellationToken cancellationToken);
}
