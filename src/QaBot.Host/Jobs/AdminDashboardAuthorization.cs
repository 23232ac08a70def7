using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hangfire.Dashboard;
using QaBot.Host.Endpoints;

namespace QaBot.Host.Jobs;

/// <summary>
/// The Hangfire dashboard is for admins only: a configured token (in the query once, then a cookie), else loopback
/// only. The cookie holds an HMAC of the token, never the token itself, so a copied cookie does not reveal it and a new
/// <c>Hangfire:DashboardToken</c> signs every admin out.
/// </summary>
internal sealed class AdminDashboardAuthorization(string? token) : IDashboardAuthorizationFilter
{
    public const string Cookie = "qabot_dashboard";

    private readonly string? _cookieValue = token is null ? null : CookieValueFor(token);

    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (token is null)
        {
            var remote = http.Connection.RemoteIpAddress;
            return remote is not null && IPAddress.IsLoopback(remote);
        }

        if (ApiKeys.IsValid(http.Request.Cookies[Cookie], [_cookieValue]))
        {
            return true;
        }

        if (ApiKeys.IsValid(http.Request.Query["token"], [token]))
        {
            http.Response.Cookies.Append(Cookie, _cookieValue!, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/hangfire" });
            return true;
        }

        return false;
    }

    /// <summary>HMAC-SHA256 keyed by the token over a fixed label: stable per token, useless for recovering it.</summary>
    public static string CookieValueFor(string token) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), "qabot-dashboard-cookie-v1"u8));
}
