using System.Net;
using System.Text.RegularExpressions;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Http;

/// <summary>
/// Secrets in query strings and the dashboard's cookie, against <c>qabot run</c> as a process: the log never shows a
/// <c>?token=</c> value, the cookie never holds the token, and dashboard actions need the anti-forgery token.
/// </summary>
public sealed partial class DashboardAndLogSecretsTests : IDisposable
{
    private const string DashboardToken = "dash-0123456789abcdef-secret";
    private const string WebhookToken = "cw-9876543210-secret";

    private readonly TempDirectory _dir = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Run_LogsPathsWithRedactedQueries_WhenTokensArriveInTheQueryString()
    {
        await using var service = await StartAsync("--Logging:LogLevel:Default=Information", "--Logging:LogLevel:Microsoft.AspNetCore=Information");

        using var webhook = await service.Client.PostAsync($"/api/v1/chatwoot?token={WebhookToken}", new StringContent("{}"), Ct);
        using var dashboard = await service.Client.GetAsync($"/hangfire?token={DashboardToken}&x=1", Ct);
        using var wrong = await service.Client.GetAsync("/api/v1/chatwoot?token=not-the-token-either", Ct);

        var log = service.Output;
        Assert.DoesNotContain(WebhookToken, log, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardToken, log, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-token-either", log, StringComparison.Ordinal);
        Assert.Contains("/api/v1/chatwoot?token=***", log, StringComparison.Ordinal);
        Assert.Contains("/hangfire?token=***&x=***", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_KeepsAnHmacOfTheTokenInItsCookie_AndRefusesACookieOfAnotherToken()
    {
        await using var service = await StartAsync();

        using var anonymous = await service.Client.GetAsync("/hangfire", Ct);
        using var login = await service.Client.GetAsync($"/hangfire?token={DashboardToken}", Ct);
        var cookie = Cookie(login, "qabot_dashboard");

        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.DoesNotContain(DashboardToken, cookie, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await GetWithCookieAsync(service, $"qabot_dashboard={cookie}"));
        var otherInstall = QaBot.Host.Jobs.AdminDashboardAuthorization.CookieValueFor("another-token-0123456789");
        Assert.NotEqual(HttpStatusCode.OK, await GetWithCookieAsync(service, $"qabot_dashboard={otherInstall}"));
    }

    [Fact]
    public async Task Dashboard_RefusesAnActionWithoutTheAntiforgeryToken_AndRunsItWithTheTokenFromThePage()
    {
        await using var service = await StartAsync();
        using var page = await service.Client.GetAsync($"/hangfire/recurring?token={DashboardToken}", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var header = CsrfHeader().Match(html).Groups[1].Value;
        var token = CsrfToken().Match(html).Groups[1].Value;

        var forged = await TriggerAsync(service, cookies, antiforgery: null);
        var genuine = await TriggerAsync(service, cookies, antiforgery: (header, token));

        Assert.Equal(HttpStatusCode.Forbidden, forged);
        Assert.True(genuine is HttpStatusCode.NoContent or HttpStatusCode.OK, $"trigger with the token answered {genuine}");
    }

    private Task<QaBotService> StartAsync(params string[] extra) => QaBotService.StartAsync(_dir.Path,
    [
        $"--Storage:DataDirectory={_dir.File("data")}",
        $"--Hangfire:DashboardToken={DashboardToken}",
        $"--Chatwoot:WebhookToken={WebhookToken}",
        .. extra,
    ]);

    private static async Task<HttpStatusCode> GetWithCookieAsync(QaBotService service, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire/recurring");
        request.Headers.Add("Cookie", cookie);
        using var client = Cookieless(service);
        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    /// <summary>A browser that sends exactly the cookies given, not the ones earlier responses set.</summary>
    private static HttpClient Cookieless(QaBotService service) =>
        new(new HttpClientHandler { UseCookies = false }) { BaseAddress = service.Client.BaseAddress };

    private static async Task<HttpStatusCode> TriggerAsync(QaBotService service, string cookies, (string Header, string Token)? antiforgery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", "kpi-rollups")]),
        };
        request.Headers.Add("Cookie", cookies);
        if (antiforgery is { } af)
        {
            request.Headers.Add(af.Header, af.Token);
        }

        using var client = Cookieless(service);
        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    private static string Cookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];

    [GeneratedRegex("""csrf-header" content="([^"]+)""")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("""csrf-token" content="([^"]+)""")]
    private static partial Regex CsrfToken();
}
