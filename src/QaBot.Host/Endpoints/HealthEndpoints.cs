using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace QaBot.Host.Endpoints;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>GET /alive</c>: 200 while the process serves HTTP, touching nothing else (the liveness probe: a slow database
    /// must not get the process restarted). <c>GET /health</c>: readiness, 200 with each check's status, or 503 when
    /// any is unhealthy.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/alive", () => Results.Text("alive", "text/plain"));
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString().ToLowerInvariant(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString().ToLowerInvariant(), detail = e.Value.Description }),
                }));
            },
        });
        return app;
    }
}
