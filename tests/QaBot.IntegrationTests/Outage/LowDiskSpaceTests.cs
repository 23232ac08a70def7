using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Outage;

/// <summary>
/// The disk under <c>Storage:DataDirectory</c> (the SQLite file, the models, the logs) running out: <c>/health</c>
/// answers 503 naming the folder, the free space and the key, before writes start failing. The test asks for more
/// free space than the disk really has rather than filling it.
/// </summary>
public sealed class LowDiskSpaceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_Answers503NamingTheFolder_WhenFreeSpaceIsBelowMinFreeDiskMegabytes()
    {
        var freeMegabytes = new DriveInfo(Path.GetTempPath()).AvailableFreeSpace / (1024 * 1024);
        await using var server = await QaBotServer.StartAsync($"--Storage:MinFreeDiskMegabytes={freeMegabytes + 100_000}");

        var response = await server.Client.GetAsync("/health", Ct);
        var disk = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("checks").GetProperty("disk");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", disk.GetProperty("status").GetString());
        var detail = disk.GetProperty("detail").GetString()!;
        Assert.Contains(server.DataDirectory, detail, StringComparison.Ordinal);
        Assert.Contains("MB free", detail, StringComparison.Ordinal);
        Assert.Contains("Storage:MinFreeDiskMegabytes", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    public async Task Health_IsHealthy_WhenTheDiskHasTheDefaultMinimumFreeOrTheCheckIsOff(string? minimum)
    {
        await using var server = await QaBotServer.StartAsync(minimum is null ? [] : [$"--Storage:MinFreeDiskMegabytes={minimum}"]);

        var response = await server.Client.GetAsync("/health", Ct);
        var disk = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("checks").GetProperty("disk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", disk.GetProperty("status").GetString());
    }
}
