namespace QaBot.Host.Jobs;

/// <summary>
/// <c>Hangfire:DashboardToken</c>: admins open <c>/hangfire?token=…</c> once (a cookie keeps them in). Without a token
/// the dashboard answers only requests from the machine itself.
/// </summary>
public sealed class DashboardOptionsConfig
{
    public const string SectionName = "Hangfire";

    public string? DashboardToken { get; set; }

    public string? Token => string.IsNullOrWhiteSpace(DashboardToken) ? null : DashboardToken;
}
