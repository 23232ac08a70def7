using QaBot.Core.Transcripts;

namespace QaBot.Core.Generation;

/// <summary>
/// Writes the messages of an answered chat from its plan: the customer's opening, the first response, the exchanges of
/// its <see cref="ConversationOutline"/> and an ending. Every operator message that ends a wait of more than 60 s
/// thanks the customer for waiting, unless the plan says this chat leaves that out.
/// </summary>
internal sealed class AnsweredChatWriter
{
    private readonly ChatPlan _plan;
    private readonly PhraseBook _book;
    private readonly MessageLog _log;
    private readonly Random _random;
    private readonly ChannelTiming _timing;
    private readonly Queue<Exchange> _followUps;
    private readonly Queue<string> _addOns;
    private string? _detail;
    private GeneratedOperator _operator;
    private int _spare;

    public AnsweredChatWriter(ChatPlan plan, MessageLog log, Random random)
    {
        _plan = plan;
        _book = plan.Book;
        _log = log;
        _random = random;
        _timing = plan.Timing;
        _operator = plan.Operator;
        _followUps = new(random.Shuffle(plan.PurchaseIntent ? _book.PurchaseFollowUps : plan.Topic.FollowUps));
        _addOns = new(random.Shuffle(_book.CustomerRunAddOns));
        _detail = plan.Fill(random.Pick(plan.Topic.Details));
    }

    public bool UsedCanned { get; private set; }

    public void Write()
    {
        var outline = ConversationOutline.Plan(_plan, _random);
        _spare = outline.SpareMessages;
        WriteOpening();
        foreach (var step in outline.Steps)
        {
            WriteStep(step);
        }

        WriteEnding();
    }

    private void WriteOpening()
    {
        var opener = _random.Pick(_plan.Topic.Openers);
        var question = _plan.PurchaseIntent ? _plan.Fill(_random.Pick(_book.CustomerPurchaseOpeners)) : _plan.Fill(opener.Customer);
        var wait = _timing.FirstResponseWait(_plan.SlowFirstResponse, _random);
        var respondAt = _log.Clock + wait;
        var hello = _random.Pick(_book.CustomerHellos);
        if (_timing.IsLive && wait.TotalSeconds >= 6 && _random.Chance(0.3) && TrySpend())
        {
            _log.Customer(TimeSpan.Zero, hello);
            _log.Customer(GapBefore(respondAt), question);
        }
        else
        {
            var opening = _random.Chance(0.6) ? _book.Join(hello, question) : question;
            // An email carries its details in the first message.
            _log.Customer(TimeSpan.Zero, _timing.IsLive || _plan.PurchaseIntent ? opening : _book.Join(opening, TakeDetail()));
        }

        if (_plan.BotBeforeOperator)
        {
            _log.Bot(GapBefore(respondAt, _random.Seconds(1, 2)), _random.Pick(_book.BotQueueNotices));
        }

        if (_timing.IsLive && !_plan.PurchaseIntent && (respondAt - _log.Clock).TotalSeconds >= 3 && _random.Chance(0.4) && TrySpend())
        {
            _log.Customer(GapBefore(respondAt), TakeDetail());
        }

        var answer = !_plan.PurchaseIntent ? _plan.Fill(opener.Operator)
            : _plan.MissedSale ? _random.Pick(_book.NoOfferAnswers)
            : _plan.Fill(_random.Pick(_book.Offers));
        var delay = _log.Until(respondAt);
        // A canned "Hello, I'm …, how can I help?" goes out first and the typed answer follows; after a long wait the
        // operator types a personal reply instead.
        if (!_plan.MissingGreeting && !_log.WouldEndLongWait(delay) && _random.Chance(_operator.Habits.CannedShare) && TrySpend())
        {
            WriteOperator(delay, _plan.Fill(_random.Pick(_book.CannedGreetings)), canned: true);
            WriteOperator(_timing.OperatorFollowUp(_random), answer);
            return;
        }

        var greeting = _plan.MissingGreeting ? "" : _plan.Fill(_random.Pick(_book.OperatorGreetings));
        WriteOperator(delay, answer, greeting: greeting);
    }

    private void WriteStep(ConversationStep step)
    {
        var (exchange, runStart, runLength) = WriteCustomerRun();
        var replyAt = Later(runStart + _timing.OperatorReply(_operator.Habits.ReplyPace, _random), _log.Clock + TimeSpan.FromSeconds(3));
        var answer = _plan.Fill(exchange.Operator);
        switch (step)
        {
            case ConversationStep.Hold:
                WriteOperator(_log.Until(replyAt), _random.Pick(_book.WaitNotices), canned: CannedThisTime(), isWaitNotice: true);
                var noticeAt = _log.Clock;
                if (_random.Chance(0.4) && TrySpend())
                {
                    _log.Customer(_random.Seconds(3, 15), _random.Pick(_book.CustomerAcks));
                }

                WriteOperator(_log.Until(noticeAt + ChannelTiming.LongPause(_random)), AfterChecking(answer));
                break;
            case ConversationStep.LongWait:
                var lateReplyAt = runStart + ChannelTiming.LongPause(_random);
                if (runLength < _timing.MaxCustomerRun && (lateReplyAt - _log.Clock).TotalSeconds > 45 && _random.Chance(0.5) && TrySpend())
                {
                    _log.Customer(_random.Seconds(30, 40), _random.Pick(_book.CustomerNudges));
                }

                WriteOperator(_log.Until(lateReplyAt), AfterChecking(answer));
                break;
            case ConversationStep.Rude:
                WriteOperator(_log.Until(replyAt), _random.Pick(_book.RudeLines));
                break;
            case ConversationStep.Transfer:
                WriteOperator(_log.Until(replyAt), _random.Pick(_book.TransferNotices));
                var colleague = OperatorRoster.PickTransferTarget(_operator, _random);
                _log.Transfer(_random.Seconds(2, 5), colleague.Party);
                _operator = colleague;
                var introDelay = _timing.IsLive ? _random.Seconds(10, 45) : _timing.OperatorReply(1, _random);
                WriteOperator(introDelay, _book.Join(_plan.Fill(_random.Pick(_book.TransferIntros), colleague), answer));
                break;
            default:
                WriteOperator(_log.Until(replyAt), answer);
                break;
        }
    }

    private void WriteEnding()
    {
        if (_plan.Converted)
        {
            _log.Customer(_timing.CustomerReply(_random), _random.Pick(_book.CustomerOrderPlaced));
        }

        // Without a closing the operator's last answer stands, or gets a short acknowledgement if the customer spoke last.
        var delay = _timing.OperatorFollowUp(_random);
        if (!_plan.MissingClosing)
        {
            WriteOperator(delay, _random.Pick(_book.Closings), canned: CannedThisTime());
        }
        else if (_log.Messages[^1].From == Sender.Customer)
        {
            WriteOperator(delay, _random.Pick(_book.PlainConfirmations));
        }

        if (_plan.UnansweredQuestion)
        {
            _log.Customer(_timing.CustomerReply(_random), _plan.Fill(_random.Pick(_plan.Topic.LateQuestions)));
            return;
        }

        if (_random.Chance(0.6) && TrySpend())
        {
            _log.Customer(_timing.CustomerReply(_random), _random.Pick(_book.CustomerThanks));
            if (!_plan.MissingClosing && _random.Chance(0.7) && TrySpend())
            {
                WriteOperator(_timing.OperatorFollowUp(_random), _random.Pick(_book.Farewells));
            }
        }
    }

    /// <summary>One to three customer messages: a follow-up question, then maybe the detail (once per chat) or a remark.</summary>
    private (Exchange Exchange, DateTimeOffset RunStart, int Length) WriteCustomerRun()
    {
        var exchange = _followUps.Count > 0 ? _followUps.Dequeue()
            : _random.Pick(_plan.PurchaseIntent ? _book.PurchaseFollowUps : _plan.Topic.FollowUps);
        _log.Customer(_timing.CustomerReply(_random), _plan.Fill(exchange.Customer));
        var runStart = _log.Clock;
        var roll = _random.NextDouble();
        var extra = Math.Min(_timing.MaxCustomerRun - 1, roll < 0.6 ? 0 : roll < 0.9 ? 1 : 2);
        var length = 1;
        for (; length <= extra && (_detail is not null || _addOns.Count > 0) && TrySpend(); length++)
        {
            _log.Customer(ChannelTiming.RunGap(_random), length == 1 && _detail is not null ? TakeDetail() : _addOns.Dequeue());
        }

        return (exchange, runStart, length);
    }

    private string TakeDetail()
    {
        var detail = _detail ?? _addOns.Dequeue();
        _detail = null;
        return detail;
    }

    /// <summary>The answer after a hold or a long wait: "I've checked." and then the answer.</summary>
    private string AfterChecking(string answer) => _book.Join(_random.Pick(_book.CheckedPrefixes), answer);

    private bool CannedThisTime() => _random.Chance(_operator.Habits.CannedShare);

    /// <summary>DESIGN §4 thanks_for_waiting: a message ending a wait over 60 s thanks the customer, unless the plan omits it.</summary>
    private void WriteOperator(TimeSpan delay, string text, bool canned = false, bool isWaitNotice = false, string greeting = "")
    {
        var thanks = _log.WouldEndLongWait(delay) && !_plan.OmitThanksForWaiting ? _random.Pick(_book.ThanksForWaiting) : "";
        UsedCanned |= canned;
        _log.Operator(delay, _operator.Party, _book.Join(greeting, thanks, text), canned, isWaitNotice);
    }

    private bool TrySpend()
    {
        if (_spare <= 0)
        {
            return false;
        }

        _spare--;
        return true;
    }

    /// <summary>A short gap that still leaves at least a second before <paramref name="deadline"/>.</summary>
    private TimeSpan GapBefore(DateTimeOffset deadline, TimeSpan? wanted = null)
    {
        var room = Math.Floor((deadline - _log.Clock).TotalSeconds / 2);
        return TimeSpan.FromSeconds(Math.Max(1, Math.Min((wanted ?? ChannelTiming.RunGap(_random)).TotalSeconds, room)));
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
