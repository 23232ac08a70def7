using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Storage;

namespace QaBot.Host.Endpoints;

/// <summary>
/// Unhealthy when the file system of <c>Storage:DataDirectory</c> has less than <c>Storage:MinFreeDiskMegabytes</c>
/// free: a full disk fails every SQLite write and every retraining, so the orchestrator should hear of it first.
/// </summary>
internal sealed class DiskSpaceHealthCheck(IOptions<StorageOptions> options) : IHealthCheck
{
    private const long Megabyte = 1024 * 1024;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var storage = options.Value;
        if (storage.MinFreeDiskMegabytes == 0)
        {
            return Task.FromResult(HealthCheckResult.Healthy("check off (Storage:MinFreeDiskMegabytes = 0)"));
        }

        var directory = Path.GetFullPath(storage.DataDirectory);
        try
        {
            // On Linux DriveInfo asks statvfs about any path: the file system that holds the directory.
            var free = new DriveInfo(directory).AvailableFreeSpace / Megabyte;
            var detail = $"{free:N0} MB free in {directory} (Storage:MinFreeDiskMegabytes = {storage.MinFreeDiskMegabytes:N0})";
            return Task.FromResult(free < storage.MinFreeDiskMegabytes ? HealthCheckResult.Unhealthy(detail) : HealthCheckResult.Healthy(detail));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"free space of {directory} unknown: {ex.Message}"));
        }
    }
}
