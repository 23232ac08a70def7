using System.Net;
using System.Text.Json;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Http;

/// <summary><c>/health</c> reports a data directory short of free space (Storage:MinFreeDiskMegabytes) as unhealthy, naming the key.</summary>
public sealed class DiskHealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_Answers503NamingTheKey_WhenTheDataDirectoryHasLessFreeSpaceThanRequired()
    {
        await using var server = await QaBotServer.StartAsync("--Storage:MinFreeDiskMegabytes=10000000");

        using var response = await server.Client.GetAsync("/health", Ct);
        var disk = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("checks").GetProperty("disk");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", disk.GetProperty("status").GetString());
        Assert.Contains("Storage:MinFreeDiskMegabytes = 10,000,000", disk.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ReportsTheFreeSpace_WhenTheDiskHasRoom()
    {
        await using var server = await QaBotServer.StartAsync();

        using var response = await server.Client.GetAsync("/health", Ct);
        var disk = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("checks").GetProperty("disk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", disk.GetProperty("status").GetString());
        Assert.Contains("MB free in", disk.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
