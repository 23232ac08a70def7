using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Telegram.Alerts;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Storage;

namespace QaBot.IntegrationTests.Telegram.Storage;

/// <summary>
/// One contract, two adapters: the bot's tables behave the same on SQLite and on a real PostgreSQL. Each test gets a
/// fresh database; <see cref="OpenAgainAsync"/> gives a second handle on the same one, as a second instance would have.
/// </summary>
public abstract class TelegramStoreContract
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<TelegramDatabase> CreateDatabaseAsync();

    protected abstract Task<TelegramDatabase> OpenAgainAsync();

    [Fact]
    public async Task Disputes_OpenOncePerChatCheckAndOperator_AndTheFirstDecisionWins_AcrossInstances()
    {
        var disputes = new DisputeStore(await CreateDatabaseAsync());
        var other = new DisputeStore(await OpenAgainAsync());
        var chat = new ChatKey("webchat", "c-1");

        var (first, created) = await disputes.OpenAsync(chat, "greeting", "op-1", 3001, Now, Ct);
        var (again, createdAgain) = await other.OpenAsync(chat, "greeting", "op-1", 3001, Now, Ct);
        var (closing, _) = await other.OpenAsync(chat, "closing", "op-1", 3001, Now, Ct);
        var decisions = await Task.WhenAll(disputes.DecideAsync(first.Id, true, 1001, "Anna", Now, Ct), other.DecideAsync(first.Id, false, 1000, "Boris", Now, Ct));
        var decided = await other.GetAsync(first.Id, Ct);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, closing.Id);
        Assert.Single(decisions, d => d);
        Assert.Equal(decisions[0] ? (DisputeState.Accepted, "Anna") : (DisputeState.Rejected, "Boris"), (decided!.State, decided.DecidedBy));
        Assert.Equal(DisputeState.Pending, (await disputes.GetAsync(closing.Id, Ct))!.State);
    }

    [Fact]
    public async Task ClaimDue_GivesEachChatsOldestMessageOnly_WhenSeveralAreQueued()
    {
        var outbox = new OutboxStore(await CreateDatabaseAsync());
        var ids = await outbox.AddAsync([Text(1, "a1"), Text(1, "a2"), Text(2, "b1")], Now, Ct);

        var first = await outbox.ClaimDueAsync(Now, TimeSpan.FromSeconds(30), 10, Ct);
        await outbox.MarkSentAsync(ids[0], 501, Now, Ct);
        var second = await outbox.ClaimDueAsync(Now, TimeSpan.FromSeconds(30), 10, Ct);

        Assert.Equal(["a1", "b1"], first.Select(m => m.Draft.Text));
        Assert.Equal(["a2"], second.Select(m => m.Draft.Text));
    }

    [Fact]
    public async Task ClaimDue_SkipsLeasedAndFutureRows_UntilLeaseExpiresOrRowFallsDue()
    {
        var outbox = new OutboxStore(await CreateDatabaseAsync());
        var ids = await outbox.AddAsync([Text(1, "a"), Text(2, "b")], Now, Ct);
        await outbox.ClaimDueAsync(Now, TimeSpan.FromSeconds(30), 1, Ct);
        await outbox.RetryLaterAsync(ids[1], Now.AddSeconds(10), "500 Internal Server Error", Ct);

        var whileLeased = await outbox.ClaimDueAsync(Now.AddSeconds(5), TimeSpan.FromSeconds(30), 10, Ct);
        var afterLease = await outbox.ClaimDueAsync(Now.AddSeconds(31), TimeSpan.FromSeconds(30), 10, Ct);

        Assert.Empty(whileLeased);
        Assert.Equal(["a", "b"], afterLease.Select(m => m.Draft.Text));
        Assert.Equal(1, afterLease.Single(m => m.Id == ids[1]).Attempts);
    }

    [Fact]
    public async Task ClaimDue_NeverGivesOneRowToTwoInstances_WhenTheyClaimAtOnce()
    {
        var outbox = new OutboxStore(await CreateDatabaseAsync());
        await outbox.AddAsync([.. Enumerable.Range(1, 40).Select(i => Text(i, $"m{i}"))], Now, Ct);
        var other = new OutboxStore(await OpenAgainAsync());

        var claims = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? outbox : other).ClaimDueAsync(Now, TimeSpan.FromSeconds(30), 10, Ct)));

        var claimed = claims.SelectMany(c => c.Select(m => m.Id)).ToList();
        Assert.Equal(claimed.Count, claimed.Distinct().Count());
        Assert.Equal(40, claimed.Count);
    }

    [Fact]
    public async Task MarkSent_StoresTelegramIdForEdits_WhenEditFollowsMessage()
    {
        var outbox = new OutboxStore(await CreateDatabaseAsync());
        var sent = (await outbox.AddAsync([Text(-7, "alert")], Now, Ct))[0];
        await outbox.ClaimDueAsync(Now, TimeSpan.FromSeconds(30), 10, Ct);
        await outbox.MarkSentAsync(sent, 42, Now, Ct);
        await outbox.AddAsync([new OutboxDraft(-7, OutboxKind.EditText) { Text = "answered", EditOf = sent }], Now, Ct);

        var edit = Assert.Single(await outbox.ClaimDueAsync(Now, TimeSpan.FromSeconds(30), 10, Ct));

        Assert.Equal(42, edit.TargetMessageId);
        Assert.Equal((OutboxState.Sent, 42L), (await outbox.GetStatusAsync(sent, Ct)) is { } s ? (s.State, s.TelegramMessageId!.Value) : default);
    }

    [Fact]
    public async Task TryRewritePending_ChangesTextOnlyBeforeClaim_WhenBurstGrowsPost()
    {
        var outbox = new OutboxStore(await CreateDatabaseAsync());
        var id = (await outbox.AddAsync([Text(-7, "1 chat")], Now, Ct))[0];

        var before = await outbox.TryRewritePendingAsync(id, "2 chats", null, Ct);
        var claimed = Assert.Single(await outbox.ClaimDueAsync(Now, TimeSpan.FromSeconds(30), 10, Ct));
        var after = await outbox.TryRewritePendingAsync(id, "3 chats", null, Ct);

        Assert.Equal((true, "2 chats", false), (before, claimed.Draft.Text, after));
    }

    [Fact]
    public async Task ClaimIntoPost_AlertsChatOnce_WhenTwoInstancesSeeItCross()
    {
        var one = new AlertStore(await CreateDatabaseAsync());
        var two = new AlertStore(await OpenAgainAsync());
        ChatAlert[] alert = [Alert("c-1")];

        var results = await Task.WhenAll(one.ClaimIntoPostAsync(alert, Now, null, Ct), two.ClaimIntoPostAsync(alert, Now, null, Ct), one.ClaimIntoPostAsync(alert, Now, null, Ct));

        var claimed = Assert.Single(results, r => r is not null)!.Value;
        Assert.Equal((true, "c-1"), (claimed.IsNewPost, Assert.Single(claimed.Claimed).Chat.Id));
        Assert.Equal(claimed.PostId, Assert.Single(await one.WaitingAsync(Ct)).PostId);
    }

    [Fact]
    public async Task ClaimIntoPost_JoinsRecentPost_WhenBurstContinues()
    {
        var alerts = new AlertStore(await CreateDatabaseAsync());

        var first = await alerts.ClaimIntoPostAsync([Alert("c-1"), Alert("c-2")], Now, Now.AddSeconds(-2), Ct);
        var joined = await alerts.ClaimIntoPostAsync([Alert("c-2"), Alert("c-3")], Now.AddSeconds(1), Now.AddSeconds(-1), Ct);
        var later = await alerts.ClaimIntoPostAsync([Alert("c-4")], Now.AddSeconds(10), Now.AddSeconds(8), Ct);

        Assert.Equal((false, first!.Value.PostId), (joined!.Value.IsNewPost, joined.Value.PostId));
        Assert.Equal(["c-3"], joined.Value.Claimed.Select(a => a.Chat.Id));
        Assert.True(later!.Value.IsNewPost);
        Assert.Equal(["c-1", "c-2", "c-3"], (await alerts.PostAlertsAsync(first.Value.PostId, Ct)).Select(a => a.Chat.Id));
    }

    [Fact]
    public async Task Resolve_MovesAlertOnOnce_WhenAnsweredChatIsSeenTwice()
    {
        var alerts = new AlertStore(await CreateDatabaseAsync());
        var claimed = (await alerts.ClaimIntoPostAsync([Alert("c-1")], Now, null, Ct))!.Value.Claimed[0];

        var first = await alerts.ResolveAsync([(claimed, AlertState.Answered, "Ирина", TimeSpan.FromSeconds(80))], Now, Ct);
        var second = await alerts.ResolveAsync([(claimed, AlertState.Missed, null, null)], Now, Ct);

        Assert.Equal([claimed.PostId!.Value], first);
        Assert.Empty(second);
        var stored = Assert.Single(await alerts.PostAlertsAsync(claimed.PostId.Value, Ct));
        Assert.Equal((AlertState.Answered, "Ирина", TimeSpan.FromSeconds(80)), (stored.State, stored.ResolvedBy, stored.ResolvedAfter));
    }

    [Fact]
    public async Task TryClaimOnce_IsTrueOnlyFirstTime_WhenSameKeyClaimedAgain()
    {
        var alerts = new AlertStore(await CreateDatabaseAsync());

        Assert.True(await alerts.TryClaimOnceAsync("queue:1", Now, Ct));
        Assert.False(await alerts.TryClaimOnceAsync("queue:1", Now, Ct));
        Assert.True(await alerts.TryClaimOnceAsync("queue:2", Now, Ct));
    }

    [Fact]
    public async Task Redeem_LinksOperatorOnce_WhenCodeIsValidAndUnused()
    {
        var links = new OperatorLinkStore(await CreateDatabaseAsync());
        await links.AddCodeAsync("hash-1", "op-3", 1001, Now.AddHours(1), Ct);
        await links.AddCodeAsync("hash-2", "op-4", 1001, Now.AddHours(-1), Ct);

        var first = await links.RedeemAsync("hash-1", 3003, Now, Ct);
        var again = await links.RedeemAsync("hash-1", 3004, Now, Ct);
        var expired = await links.RedeemAsync("hash-2", 3004, Now, Ct);

        Assert.Equal(("op-3", (string?)null, (string?)null), (first, again, expired));
        Assert.Equal("op-3", await links.OperatorOfAsync(3003, Ct));
        Assert.Equal(3003, await links.UserOfAsync("op-3", Ct));
    }

    [Fact]
    public async Task Directory_RemembersSubscriptionsUnreachableAndLanguage_WhenChanged()
    {
        var directory = new ChatDirectoryStore(await CreateDatabaseAsync());

        var subscribed = await directory.SubscribeAsync(-100, "Support team", 1001, Now, Ct);
        var again = await directory.SubscribeAsync(-100, "Support team", 1001, Now, Ct);
        var marked = await directory.MarkUnreachableAsync(3003, "Forbidden: bot was blocked by the user", Now, Ct);
        var markedAgain = await directory.MarkUnreachableAsync(3003, "Forbidden", Now, Ct);
        await directory.RememberTelegramLanguageAsync(3003, "ru", Ct);
        await directory.SetLanguageAsync(3003, "en", Ct);

        Assert.Equal((true, false, true, false), (subscribed, again, marked, markedAgain));
        Assert.Equal([-100L], await directory.SubscribedChatsAsync(Ct));
        Assert.Contains(3003L, await directory.UnreachableChatsAsync(Ct));
        Assert.Equal(("en", "ru"), await directory.LanguageOfAsync(3003, Ct));
        Assert.True(await directory.ClearUnreachableAsync(3003, Ct));
    }

    private static OutboxDraft Text(long chatId, string text) => new(chatId, OutboxKind.Text) { Text = text };

    private static ChatAlert Alert(string id) =>
        new() { Chat = new ChatKey("webchat", id), Channel = "chat", StartedAt = Now.AddSeconds(-61), Waited = TimeSpan.FromSeconds(61), FirstWords = "Hi" };
}
