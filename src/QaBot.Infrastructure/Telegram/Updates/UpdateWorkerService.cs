using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Options;
using Telegram.Bot.Types;

namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>
/// Handles queued updates in <c>Telegram:UpdateConcurrency</c> lanes, each update in its own DI scope. A chat's updates
/// always take the same lane, so they are handled in the order they were sent (/lang before the /stats after it),
/// while a slow report in one chat does not hold up the others.
/// </summary>
public sealed class UpdateWorkerService : BackgroundService
{
    private readonly UpdateQueue _queue;
    private readonly IServiceScopeFactory _scopes;
    private readonly int _lanes;
    private readonly ILogger<UpdateWorkerService> _logger;

    public UpdateWorkerService(UpdateQueue queue, IServiceScopeFactory scopes, IOptions<TelegramOptions> options, ILogger<UpdateWorkerService> logger)
    {
        _queue = queue;
        _scopes = scopes;
        _lanes = options.Value.UpdateConcurrency;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lanes = Enumerable.Range(0, _lanes).Select(_ => Channel.CreateUnbounded<Update>(new UnboundedChannelOptions { SingleReader = true })).ToArray();
        var workers = lanes.Select(lane => DrainAsync(lane.Reader, stoppingToken)).ToList();
        try
        {
            await foreach (var update in _queue.ReadAllAsync(stoppingToken))
            {
                await lanes[Lane(update)].Writer.WriteAsync(update, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: updates still queued are lost with the process; Telegram already counted them delivered.
        }

        foreach (var lane in lanes)
        {
            lane.Writer.TryComplete();
        }

        await Task.WhenAll(workers);
    }

    private int Lane(Update update)
    {
        var chatId = update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? update.Id;
        return (int)((ulong)chatId.GetHashCode() % (ulong)_lanes);
    }

    private async Task DrainAsync(ChannelReader<Update> lane, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in lane.ReadAllAsync(stoppingToken))
            {
                await HandleAsync(update, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UpdateDispatcher>().HandleAsync(update, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Telegram update {UpdateId} could not be handled", update.Id);
        }
    }
}
