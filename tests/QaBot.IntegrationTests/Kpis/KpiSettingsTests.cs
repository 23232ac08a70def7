using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QaBot.Core.Definitions;
using QaBot.Core.Kpis;
using QaBot.Infrastructure;
using QaBot.Infrastructure.Kpis;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Kpis;

/// <summary>What an admin sees from the <c>Kpi</c>, <c>Sla</c>, <c>Rules</c> and <c>Business</c> sections at start.</summary>
public sealed class KpiSettingsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Start_FailsNamingTheKey_WhenBusinessTimeZoneIsUnknown()
    {
        using var host = Build(("Business:TimeZone", "Mars/Olympus_Mons"));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Business:TimeZone", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_FailsNamingTheKey_WhenAChannelThresholdIsNegative()
    {
        using var host = Build(("Sla:AnswerWithinSeconds:email", "-1"));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Sla:AnswerWithinSeconds:email", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_FollowConfiguration_WhereItOverridesTheDefaults()
    {
        using var host = Build(
            ("Kpi:InactivityTimeoutMinutes", "10"), ("Sla:AnswerWithinSeconds:email", "600"), ("Sla:Target", "0.9"),
            ("Rules:CannedMinUses", "3"), ("Kpi:FcrWindowDays", "3"), ("Business:TimeZone", "Asia/Shanghai"));
        host.Services.GetRequiredService<IStartupValidator>().Validate();

        var definitions = host.Services.GetRequiredService<DefinitionSettings>();
        var kpi = host.Services.GetRequiredService<KpiSettings>();
        var settings = host.Services.GetRequiredService<QaBotSettings>();

        Assert.Equal(TimeSpan.FromMinutes(10), definitions.InactivityTimeout);
        Assert.Equal(TimeSpan.FromSeconds(600), definitions.AnswerWithinFor("email"));
        Assert.Equal(TimeSpan.FromSeconds(20), definitions.AnswerWithinFor("chat"));
        Assert.Equal((3, 3, 0.9), (kpi.CannedMinUses, kpi.FcrWindowDays, kpi.ServiceLevelTarget));
        Assert.Same(definitions, kpi.Definitions);
        Assert.Equal(TimeSpan.FromHours(8), settings.TimeZone.BaseUtcOffset);
    }

    public void Dispose() => _dir.Dispose();

    private IHost Build(params (string Key, string Value)[] values)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
            values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))
                .Append(new("Storage:DataDirectory", _dir.Path)));
        builder.AddQaBotInfrastructure();
        builder.AddQaBotKpis();
        return builder.Build();
    }
}
