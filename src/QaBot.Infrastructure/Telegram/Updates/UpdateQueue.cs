using System.Threading.Channels;
using Telegram.Bot.Types;

namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>Updates received (by polling or the webhook) and not handled yet; the webhook answers Telegram at once.</summary>
public sealed class UpdateQueue
{
    private readonly Channel<Update> _channel = Channel.CreateBounded<Update>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    public ValueTask EnqueueAsync(Update update, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(update, cancellationToken);

    public IAsyncEnumerable<Update> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
