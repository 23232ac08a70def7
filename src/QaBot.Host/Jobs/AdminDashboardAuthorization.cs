using System.Net;
using Hangfire.Dashboard;
using QaBot.Host.Endpoints;

namespace QaBot.Host.Jobs;

/// <summary>The Hangfire dashboard is for admins only: a configured token (query once, then cookie), else loopback only.</summary>
internal sealed class AdminDashboardAuthorization(string? token) : IDashboardAuthorizationFilter
{
    private const string Cookie = "qabot_dashboard";

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (token is null)
        {
            var remote = http.Connection.RemoteIpAddress;
            return remote is not null && IPAddress.IsLoopback(remote);
        }

        if (ApiKeys.IsValid(http.Request.Cookies[Cookie], [token]))
        {
            return true;
        }

        if (ApiKeys.IsValid(http.Request.Query["token"], [token]))
        {
            http.Response.Cookies.Append(Cookie, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps });
            return true;
        }

        return false;
    }
}
