using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Storage;

namespace QaBot.Host.Endpoints;

/// <summary>
/// Unhealthy when the disk under <c>Storage:DataDirectory</c> (the SQLite file, models, logs) has less free space than
/// <c>Storage:MinFreeDiskMegabytes</c>: a load balancer or an admin hears of it before writes start failing.
/// </summary>
internal sealed class DiskSpaceHealthCheck(IOptions<StorageOptions> options) : IHealthCheck
{
    private const long Megabyte = 1024 * 1024;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetFullPath(options.Value.DataDirectory);
        var minimum = options.Value.MinFreeDiskMegabytes;
        if (minimum == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy("check off (Storage:MinFreeDiskMegabytes = 0)"));
        }

        long free;
        try
        {
            // On Unix DriveInfo takes any path and asks statvfs about the file system holding it.
            free = new DriveInfo(directory).AvailableFreeSpace / Megabyte;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"{directory}: free space unknown ({ex.Message})"));
        }

        var detail = $"{directory}: {free:N0} MB free";
        return Task.FromResult(free < minimum
            ? HealthCheckResult.Unhealthy($"{detail}, below Storage:MinFreeDiskMegabytes ({minimum:N0} MB)")
            : HealthCheckResult.Healthy(detail));
    }
}
