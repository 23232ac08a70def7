using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Kpis;
using QaBot.Infrastructure.Options;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Storage;
using QaBot.Infrastructure.Storage.Sqlite;
using QaBot.Infrastructure.Telegram.Access;
using QaBot.Infrastructure.Telegram.Alerts;
using QaBot.Infrastructure.Telegram.Commands;
using QaBot.Infrastructure.Telegram.Delivery;
using QaBot.Infrastructure.Telegram.Notifications;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Updates;
using Telegram.Bot;

namespace QaBot.Infrastructure.Telegram;

public static class TelegramRegistration
{
    /// <summary>
    /// Registers the Telegram side (DESIGN §6): options, the bot's tables (module "telegram", migrated when the host
    /// starts), the outbox and its delivery loop, the missed-chat watcher, commands, polling or webhook, and
    /// <see cref="ITeamNotifier"/>. Call after <c>AddQaBotInfrastructure</c> (it uses its SQLite database or
    /// NpgsqlDataSource). Without <c>Telegram:BotToken</c> everything the bot would send is printed to the console.
    /// Needs <see cref="IKpiService"/>, and for /worst, /chat results and label buttons <see cref="IChatResultStore"/>
    /// and <see cref="ILabelStore"/>; commands whose port is missing answer "not available".
    /// </summary>
    public static IHostApplicationBuilder AddQaBotTelegram(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<TelegramOptions>(TelegramOptions.SectionName);
        services.AddValidatedOptions<AccessOptions>(AccessOptions.SectionName);
        services.AddValidatedOptions<AlertOptions>(AlertOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        // AddQaBotKpis registers the settings; without it (a host with no KPI jobs) they come from the same sections here.
        services.TryAddSingleton(sp => (sp.GetService<QaBotSettings>() ?? BindSettings(builder.Configuration)).Kpi);

        var telegram = builder.Configuration.Peek<TelegramOptions>(TelegramOptions.SectionName);
        var storage = builder.Configuration.Peek<StorageOptions>(StorageOptions.SectionName);
        services.AddSingleton<TelegramDatabase>(sp => storage.UsesPostgres
            ? new PostgresTelegramDatabase(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>())
            : new SqliteTelegramDatabase(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<AlertStore>();
        services.AddSingleton<ChatDirectoryStore>();
        services.AddSingleton<OperatorLinkStore>();
        services.AddSingleton<FlagStore>();

        services.AddSingleton(new TokenScrubber(telegram.BotToken));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<TelegramOutbox>();
        services.AddSingleton(sp => new DeliveryRateLimiter(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.Delivery));
        services.AddSingleton<AccessControl>();
        services.AddSingleton<RecipientLanguages>();
        services.AddSingleton<AlertRecipients>();
        services.AddSingleton<UnreachableRecipients>();
        services.AddSingleton<ITeamNotifier, TelegramTeamNotifier>();
        services.AddSingleton<AlertPoster>();
        services.AddSingleton<QueueMonitor>();

        AddCommands(services);
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<UpdateQueue>();
        services.AddSingleton<WebhookReceiver>();
        services.AddScoped<UpdateDispatcher>();
        services.AddSingleton(sp => new BotCommandMenus(sp.GetService<ITelegramBotClient>(), sp.GetRequiredService<TokenScrubber>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<BotCommandMenus>>()));

        // Order matters: the host starts these one after the other, the schema first.
        services.AddHostedService<TelegramSchemaService>();
        services.AddHostedService<OutboxDeliveryService>();
        var alerts = builder.Configuration.Peek<AlertOptions>(AlertOptions.SectionName);
        if (alerts.Enabled)
        {
            services.AddHostedService<MissedChatWatcherService>();
        }

        if (telegram.HasToken)
        {
            services.AddSingleton(sp => new TelegramConnection(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
            services.AddSingleton(sp => sp.GetRequiredService<TelegramConnection>().Client);
            services.AddSingleton<IMessageSender, TelegramMessageSender>();
            services.AddSingleton<ICallbackAnswerer, TelegramCallbackAnswerer>();
            services.AddHostedService<UpdateWorkerService>();
            services.AddHostedService<BotSetupService>();
            if (!telegram.UsesWebhook)
            {
                services.AddHostedService<TelegramPollingService>();
            }
        }
        else
        {
            services.AddSingleton<IMessageSender>(_ => new ConsoleMessageSender(Console.Out));
            services.AddSingleton<ICallbackAnswerer, ConsoleCallbackAnswerer>();
        }

        return builder;
    }

    private static QaBotSettings BindSettings(IConfiguration configuration) => new(
        configuration.GetSection(KpiOptions.SectionName).Get<KpiOptions>() ?? new KpiOptions(),
        configuration.GetSection(SlaOptions.SectionName).Get<SlaOptions>() ?? new SlaOptions(),
        configuration.GetSection(RulesOptions.SectionName).Get<RulesOptions>() ?? new RulesOptions(),
        configuration.GetSection(QaBot.Infrastructure.Options.BusinessOptions.SectionName).Get<QaBot.Infrastructure.Options.BusinessOptions>() ?? new QaBot.Infrastructure.Options.BusinessOptions());

    private static void AddCommands(IServiceCollection services)
    {
        services.AddSingleton<TeamReports>();
        services.AddSingleton<HelpCommand>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<HelpCommand>());
        services.AddSingleton<IBotCommand, StartCommand>();
        services.AddSingleton<IBotCommand, StatsCommand>();
        services.AddSingleton<IBotCommand, MissedCommand>();
        services.AddSingleton<IBotCommand, OperatorsCommand>();
        services.AddSingleton<IBotCommand, OperatorCommand>();
        services.AddSingleton<ChatCommand>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<ChatCommand>());
        services.AddSingleton<IBotCommand, WorstCommand>();
        services.AddSingleton<WorstPageCallback>();
        services.AddSingleton<ICallbackHandler>(sp => sp.GetRequiredService<WorstPageCallback>());
        services.AddSingleton<IBotCommand, ChartCommand>();
        services.AddSingleton<IBotCommand, StaffingCommand>();
        services.AddSingleton<IBotCommand, ExportCommand>();
        services.AddSingleton<IBotCommand, MeCommand>();
        services.AddSingleton<IBotCommand, SubscribeCommand>();
        services.AddSingleton<IBotCommand, UnsubscribeCommand>();
        services.AddSingleton<IBotCommand, LinkCommand>();
        services.AddSingleton<IBotCommand, LinkCodeCommand>();
        services.AddSingleton<IBotCommand, LanguageCommand>();
        services.AddSingleton<ICallbackHandler, MissedPageCallback>();
        services.AddSingleton<ICallbackHandler, OperatorsCallback>();
        services.AddSingleton<ICallbackHandler, LabelCallback>();
        services.AddSingleton<ICallbackHandler, ChatViewCallback>();
        services.AddSingleton<ICallbackHandler, OperatorDetailCallback>();
        services.AddSingleton<ICallbackHandler, FailingCheckCallback>();
        services.AddSingleton<ICallbackHandler, StatsDrillDownCallback>();
        services.AddSingleton<ICallbackHandler, OperatorFailingChatsCallback>();
        services.AddSingleton<ChatRefStore>();
        services.AddSingleton<DisputeStore>();
        services.AddSingleton<Notifications.LocalizedBroadcast>();
        services.AddSingleton<ICallbackHandler, DisputeCallback>();
        services.AddSingleton<ICallbackHandler, DisputeDecisionCallback>();
        services.AddSingleton<ICallbackHandler, Alerts.TakeAlertCallback>();
        services.AddSingleton<ICallbackHandler, Alerts.RemindAlertCallback>();
    }
}
