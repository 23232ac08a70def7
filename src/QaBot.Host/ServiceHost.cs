using System.CommandLine;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Prometheus;
using QaBot.Core.Abstractions;
using QaBot.Host.Cli;
using QaBot.Host.Endpoints;
using QaBot.Host.Jobs;
using QaBot.Host.Logging;
using QaBot.Infrastructure;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Storage;

namespace QaBot.Host;

/// <summary><c>qabot run</c>: the long-running service (HTTP ingest, health, metrics; bot and jobs as they land).</summary>
public static class ServiceHost
{
    /// <summary>The service, its configuration validated: a bad value throws <see cref="OptionsValidationException"/> naming the key.</summary>
    public static WebApplication Build(IReadOnlyList<string> configArgs)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. configArgs] });
        builder.Configuration.AddQaBotConfiguration(configArgs, builder.Environment.EnvironmentName);
        // Its request lines carry the query string, and with it ?token= secrets: RequestLogMiddleware logs requests instead.
        builder.Logging.AddFilter(RequestLogMiddleware.HostingDiagnosticsCategory, LogLevel.Warning);
        builder.AddQaBotInfrastructure();
        builder.AddQaBotJobs();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddSingleton<RequestBodyBudget>();
        builder.Services.AddSingleton<RequestBodyReader>();
        // Bounded: a frozen database makes /health answer "unhealthy" in 3 s instead of hanging for the connect timeout.
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", timeout: TimeSpan.FromSeconds(3))
            .AddCheck<DiskSpaceHealthCheck>("disk");
        builder.Services.Configure<FormOptions>(_ => { });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null); // the ingest endpoints enforce Ingest:MaxBodyBytes themselves

        var app = builder.Build();
        try
        {
            // Before the endpoints: mapping the dashboard builds Hangfire's storage from Storage:ConnectionString.
            QaBotCli.ValidateAllOptions(app.Services);
        }
        catch (OptionsValidationException)
        {
            ((IDisposable)app).Dispose();
            throw;
        }

        app.UseMiddleware<RequestLogMiddleware>();
        app.UseExceptionHandler();
        app.UseHttpMetrics();
        app.MapHealthEndpoints();
        app.MapTranscriptEndpoints();
        app.MapChatwootEndpoints();
        app.MapTelegramWebhook();
        app.MapMetrics("/metrics");
        app.MapQaBotJobsDashboard();
        return app;
    }

    /// <summary><c>qabot run</c> with the ASP.NET Core host options (<c>--urls</c> …) typed and listed in its help.</summary>
    internal static Command Command(VerbContext verbs)
    {
        var command = new Command("run", "the service: HTTP ingest, the Telegram bot, the jobs (Ctrl+C stops it)");
        foreach (var option in ConfigArguments.Web)
        {
            command.Add(option);
        }

        command.SetAction((parse, cancellationToken) => RunAsync(verbs.ConfigArgs(parse), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> configArgs, CancellationToken cancellationToken)
    {
        await using var app = Build(configArgs);
        await app.Services.MigrateAllAsync(cancellationToken);
        // Load the models and phrase lists now: a missing or incompatible model stops the start, naming the file.
        _ = app.Services.GetRequiredService<ChatQuality>();
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
