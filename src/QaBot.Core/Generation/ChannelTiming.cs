using QaBot.Core.Transcripts;

namespace QaBot.Core.Generation;

/// <summary>
/// How fast people write on a channel. Live channels (chat, messenger) answer in seconds and stay under the 60 s
/// long-wait threshold unless the scenario says otherwise; email answers in minutes to hours.
/// </summary>
internal sealed class ChannelTiming
{
    private readonly bool _live;
    private readonly double _customerPace;

    private ChannelTiming(bool live, double customerPace)
    {
        _live = live;
        _customerPace = customerPace;
    }

    public static ChannelTiming Chat { get; } = new(live: true, customerPace: 1);

    public static ChannelTiming Messenger { get; } = new(live: true, customerPace: 4);

    public static ChannelTiming Email { get; } = new(live: false, customerPace: 1);

    /// <summary>Live channels have holds, long waits, bots and runs of several customer messages.</summary>
    public bool IsLive => _live;

    public int MaxCustomerRun => _live ? 3 : 1;

    public static ChannelTiming For(string channel) => channel switch
    {
        Channels.Email => Email,
        Channels.Messenger => Messenger,
        _ => Chat,
    };

    /// <summary>DESIGN §3 wait (t1 − t0): within 20 s, or slow (over 20 s, a third of those past a minute).</summary>
    public TimeSpan FirstResponseWait(bool slow, Random random) =>
        !_live ? random.LogSeconds(300, 8 * 3600)
        : !slow ? random.Seconds(3, 20)
        : random.Chance(0.65) ? random.Seconds(21, 60) : random.Seconds(61, 300);

    /// <summary>The customer's answer to an operator message.</summary>
    public TimeSpan CustomerReply(Random random) =>
        _live ? TimeSpan.FromSeconds(Math.Round(random.Between(4, 45) * (random.Chance(0.2) ? _customerPace : 1)))
        : random.LogSeconds(600, 20 * 3600);

    /// <summary>Gap between messages of one customer run.</summary>
    public static TimeSpan RunGap(Random random) => random.Seconds(2, 9);

    /// <summary>Operator reply measured from the first message of the customer's run: under 60 s on live channels.</summary>
    public TimeSpan OperatorReply(double pace, Random random) =>
        _live ? TimeSpan.FromSeconds(Math.Min(57, Math.Round(random.Between(8, 40) * pace)))
        : random.LogSeconds(600, 8 * 3600);

    /// <summary>A long wait or announced hold: more than 60 s.</summary>
    public static TimeSpan LongPause(Random random) => random.Seconds(65, 300);

    /// <summary>Between two operator messages in a row (a follow-up, a closing after an answer).</summary>
    public TimeSpan OperatorFollowUp(Random random) => _live ? random.Seconds(3, 25) : random.Seconds(20, 120);
}
