using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;
using static QaBot.IntegrationTests.Infrastructure.Chats;

namespace QaBot.IntegrationTests.Storage;

/// <summary>
/// One contract, two adapters: every case runs against SQLite and against a real PostgreSQL. Upsert semantics are
/// DESIGN §2: posting again never duplicates, messages merge by id, chat fields take the newest non-null value.
/// </summary>
public abstract class TranscriptStoreContract
{
    protected abstract Task<ITranscriptStore> CreateStoreAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upsert_RoundTripsEveryField_WhenChatIsNew()
    {
        var store = await CreateStoreAsync();
        var chat = new Chat
        {
            Id = "c-1001", Source = "webchat", Channel = "messenger", Group = "sales", Language = "ru",
            Customer = new Party("u-77", "Анна"),
            EndedAt = T0.AddMinutes(12), ClosedAt = T0.AddMinutes(13),
            Csat = 5, Converted = true, OrderValue = 1990.50m, Tags = ["delivery", "vip"],
            Messages =
            [
                Customer("m1", 0, "Здравствуйте! Где мой заказ?"),
                Operator("m2", 14, "Здравствуйте, Анна! Минуту, уточню.") with { Canned = false },
                new ChatMessage { Id = "m3", At = T0.AddMinutes(3), From = Sender.System, Event = "transfer", Operator = new Party("op-5", "Олег") },
            ],
        };

        var result = await store.UpsertAsync([chat], Ct);
        var stored = await store.GetAsync(chat.Key, Ct);

        Assert.Equal(new UpsertResult(1, 0, 3), result);
        Assert.NotNull(stored);
        Assert.Equal(chat with { Tags = null, Messages = [] }, stored with { Tags = null, Messages = [] });
        Assert.Equal(chat.Tags, stored.Tags);
        Assert.Equal(chat.Messages, stored.Messages);
    }

    [Fact]
    public async Task GroupsAndOperators_AreWhatTheStoredChatsName_ForTheBotsArguments()
    {
        var store = await CreateStoreAsync();
        await store.UpsertAsync(
        [
            Chat("g-1", Customer("m1", 0, "Hi"), Operator("m2", 10, "Hello!", "op-9", "Вера")) with { Group = "sales" },
            Chat("g-2", Customer("m1", 0, "Hi")) with { Group = "Support EU" },
            Chat("g-3", Customer("m1", 0, "Hi")),
        ], Ct);

        Assert.Equal(["Support EU", "sales"], await store.GroupsAsync(Ct));
        Assert.True(await store.HasOperatorAsync("op-9", Ct));
        Assert.False(await store.HasOperatorAsync("op-404", Ct));
    }

    [Fact]
    public async Task Upsert_NeverDuplicates_WhenSameChatPostedTwice()
    {
        var store = await CreateStoreAsync();
        var chat = Chat("c-1", Customer("m1", 0, "Hi"), Operator("m2", 10, "Hello!"));

        await store.UpsertAsync([chat], Ct);
        var second = await store.UpsertAsync([chat], Ct);

        Assert.Equal(new UpsertResult(0, 0, 0, ChatsUnchanged: 1), second);
        Assert.Equal(new StoreCounts(1, 2), await store.CountAsync(Ct));
        Assert.Equal(chat.Messages, (await store.GetAsync(chat.Key, Ct))!.Messages);
    }

    [Fact]
    public async Task Upsert_KeepsRevision_WhenIdenticalChatPostedAgain()
    {
        var store = await CreateStoreAsync();
        var chat = Chat("same", Customer("m1", 0, "Hi"), Operator("m2", 10, "Hello!")) with { Group = "sales", Csat = 4, Tags = ["a"] };
        await store.UpsertAsync([chat], Ct);

        var again = await store.UpsertAsync([chat, chat with { Messages = [chat.Messages[0]] }], Ct);

        Assert.Equal(new UpsertResult(0, 0, 0, ChatsUnchanged: 1), again);
        Assert.Equal(1, await RevisionAsync(store, chat.Key));
    }

    [Fact]
    public async Task Upsert_BumpsRevisionOnce_WhenFieldAndMessageChangeTogether()
    {
        var store = await CreateStoreAsync();
        var chat = Chat("grow", Customer("m1", 0, "Hi"), Operator("m2", 10, "Hello!"));
        await store.UpsertAsync([chat], Ct);

        var textOnly = await store.UpsertAsync([chat with { Messages = [Operator("m2", 10, "Hello, how can I help?")] }], Ct);
        var fieldOnly = await store.UpsertAsync([chat with { Group = "support", Messages = [] }], Ct);
        var both = await store.UpsertAsync([chat with { Csat = 5, Messages = [Customer("m3", 30, "Thanks")] }], Ct);

        Assert.Equal(new UpsertResult(0, 1, 1), textOnly);
        Assert.Equal(new UpsertResult(0, 1, 0), fieldOnly);
        Assert.Equal(new UpsertResult(0, 1, 1), both);
        Assert.Equal(4, await RevisionAsync(store, chat.Key));
        var stored = (await store.GetAsync(chat.Key, Ct))!;
        Assert.Equal(("support", 5, 3), (stored.Group, stored.Csat, stored.Messages.Count));
        Assert.Equal("Hello, how can I help?", stored.Messages[1].Text);
    }

    [Fact]
    public async Task Upsert_ReportsOnlyChangedChats_WhenLargeBatchPostedAgain()
    {
        // 300 chats × 3 messages: past the size where PostgreSQL merges through staging tables instead of arrays.
        var store = await CreateStoreAsync();
        var chats = Enumerable.Range(0, 300)
            .Select(i => Chat($"bulk-{i}", Customer("m1", i, "Hi"), Operator("m2", i + 5, "Hello!"), Customer("m3", i + 9, "Where is my order?")))
            .ToList();
        Assert.Equal(new UpsertResult(300, 0, 900), await store.UpsertAsync(chats, Ct));

        chats[7] = chats[7] with { Messages = [.. chats[7].Messages, Operator("m4", 60, "On its way.")] };
        chats[8] = chats[8] with { EndedAt = T0.AddHours(1) };
        var again = await store.UpsertAsync(chats, Ct);

        Assert.Equal(new UpsertResult(0, 2, 1, ChatsUnchanged: 298), again);
        Assert.Equal(new StoreCounts(300, 901), await store.CountAsync(Ct));
    }

    [Fact]
    public async Task Upsert_GrowsChat_WhenStreamedInFivePosts()
    {
        var store = await CreateStoreAsync();
        var key = new ChatKey("webchat", "live-1");
        Chat[] posts =
        [
            Chat("live-1", Customer("m1", 0, "Добрый день")) with { Group = "support", Customer = new Party("u-1") },
            Chat("live-1", Operator("m2", 12, "Здравствуйте!")),
            Chat("live-1", Customer("m3", 30, "Где заказ?")) with { Customer = new Party("u-1", "Пётр") },
            Chat("live-1", Operator("m4", 45, "Уже в пути. Чем ещё помочь?")) with { Language = "ru" },
            Chat("live-1") with { EndedAt = T0.AddMinutes(2), Csat = 4 },
        ];

        foreach (var post in posts)
        {
            await store.UpsertAsync([post], Ct);
        }

        var chat = (await store.GetAsync(key, Ct))!;
        Assert.Equal(["m1", "m2", "m3", "m4"], chat.Messages.Select(m => m.Id));
        Assert.Equal("support", chat.Group);
        Assert.Equal("ru", chat.Language);
        Assert.Equal(new Party("u-1", "Пётр"), chat.Customer);
        Assert.Equal(T0.AddMinutes(2), chat.EndedAt);
        Assert.Equal(4, chat.Csat);
        Assert.Equal(new StoreCounts(1, 4), await store.CountAsync(Ct));
    }

    [Fact]
    public async Task Upsert_KeepsKnownFields_WhenLaterPostOmitsThem()
    {
        var store = await CreateStoreAsync();
        await store.UpsertAsync([Chat("c-2", Customer("m1", 0, "Hi")) with { Group = "sales", Channel = "email", Csat = 2 }], Ct);
        await store.UpsertAsync([Chat("c-2", Customer("m1", 0, "Hi (edited)")) with { Csat = 5 }], Ct);

        var chat = (await store.GetAsync(new ChatKey("webchat", "c-2"), Ct))!;
        Assert.Equal("sales", chat.Group);
        Assert.Equal("email", chat.Channel);
        Assert.Equal(5, chat.Csat);
        Assert.Equal("Hi (edited)", Assert.Single(chat.Messages).Text);
    }

    [Fact]
    public async Task Get_ReturnsMessagesInTimeOrder_WhenPostedOutOfOrder()
    {
        var store = await CreateStoreAsync();
        await store.UpsertAsync([Chat("c-3", Operator("m3", 40, "third"), Customer("m1", 0, "first"))], Ct);
        await store.UpsertAsync([Chat("c-3", Customer("m2", 20, "second"))], Ct);

        var chat = (await store.GetAsync(new ChatKey("webchat", "c-3"), Ct))!;
        Assert.Equal(["first", "second", "third"], chat.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task Upsert_TreatsOffsetsAsTheSameInstant_WhenTimesUseDifferentZones()
    {
        var store = await CreateStoreAsync();
        var moscow = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(3));
        var utc = new DateTimeOffset(2026, 11, 20, 6, 0, 5, TimeSpan.Zero);
        await store.UpsertAsync([Chat("c-4",
            new ChatMessage { Id = "b", At = utc, From = Sender.Operator, Text = "5 s later" },
            new ChatMessage { Id = "a", At = moscow, From = Sender.Customer, Text = "first" })], Ct);

        var chat = (await store.GetAsync(new ChatKey("webchat", "c-4"), Ct))!;
        Assert.Equal(["a", "b"], chat.Messages.Select(m => m.Id));
        Assert.Equal(TimeSpan.FromSeconds(5), chat.Messages[1].At - chat.Messages[0].At);
        Assert.Equal(moscow, chat.Messages[0].At);
    }

    [Fact]
    public async Task Upsert_KeepsTextIntact_WhenCyrillicCjkEmojiMarkupAndCopyEscapes()
    {
        var store = await CreateStoreAsync();
        string[] texts =
        [
            "Ёжик, щётка — «ёлка»", "您好，请稍等，我查一下订单。", "👍 <script>alert('x')</script> & \"quotes\"\nnew line",
            "C:\\Users\\new\ttab\r\nCRLF \\N not null, \\. not the end", "\\N", "\\.",
        ];
        await store.UpsertAsync([Chat("c-5", [.. texts.Select((t, i) => Customer($"m{i}", i, t))])], Ct);

        var chat = (await store.GetAsync(new ChatKey("webchat", "c-5"), Ct))!;
        Assert.Equal(texts, chat.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task Upsert_MergesRepeatsWithinOneBatch_WhenTheSameChatAppearsTwice()
    {
        var store = await CreateStoreAsync();
        var result = await store.UpsertAsync([Chat("c-6", Customer("m1", 0, "a")), Chat("c-6", Customer("m2", 5, "b")) with { Csat = 3 }], Ct);

        Assert.Equal(new UpsertResult(1, 0, 2), result);
        var chat = (await store.GetAsync(new ChatKey("webchat", "c-6"), Ct))!;
        Assert.Equal(["m1", "m2"], chat.Messages.Select(m => m.Id));
        Assert.Equal(3, chat.Csat);
    }

    [Fact]
    public async Task Query_ReturnsChatsStartingInWindow_FilteredByGroupAndOperator()
    {
        var store = await CreateStoreAsync();
        await store.UpsertAsync(
        [
            Chat("early", Customer("m1", -3600, "before the window")) with { Group = "sales" },
            Chat("a", Customer("m1", 0, "in"), Operator("m2", 10, "hi", op: "op-1")) with { Group = "sales" },
            Chat("b", Customer("m1", 60, "in"), Operator("m2", 70, "hi", op: "op-2")) with { Group = "support" },
            Chat("late", Customer("m1", 7200, "after")) with { Group = "sales" },
        ], Ct);

        var window = new ChatQuery(T0, T0.AddHours(1));
        Assert.Equal(["a", "b"], await IdsAsync(store.QueryAsync(window, Ct)));
        Assert.Equal(["a"], await IdsAsync(store.QueryAsync(window with { Group = "sales" }, Ct)));
        Assert.Equal(["b"], await IdsAsync(store.QueryAsync(window with { OperatorId = "op-2" }, Ct)));
        var all = await IdsAsync(store.QueryAsync(new ChatQuery(T0.AddDays(-1), T0.AddDays(1)), Ct));
        Assert.Equal(["early", "a", "b", "late"], all);
    }

    [Fact]
    public async Task Query_UsesFirstCustomerMessageAsStart_WhenOperatorWroteFirst()
    {
        var store = await CreateStoreAsync();
        // Operator greets at 09:00 (before the window), the customer writes at 10:30: the chat starts at 10:30.
        await store.UpsertAsync([Chat("proactive", Operator("m1", 0, "Can I help?"), Customer("m2", 5400, "Yes"))], Ct);

        Assert.Equal(["proactive"], await IdsAsync(store.QueryAsync(new ChatQuery(T0.AddHours(1), T0.AddHours(2)), Ct)));
        Assert.Empty(await IdsAsync(store.QueryAsync(new ChatQuery(T0, T0.AddHours(1)), Ct)));
    }

    [Fact]
    public async Task Query_ReturnsOnlyTheGivenChats_WhenKeysAreListed()
    {
        var store = await CreateStoreAsync();
        await store.UpsertAsync([Chat("a", Customer("m1", 0, "a")), Chat("b", Customer("m1", 60, "b")), Chat("c", Customer("m1", 120, "c"))], Ct);
        var window = new ChatQuery(T0, T0.AddHours(1));

        Assert.Equal(["a", "c"], await IdsAsync(store.QueryAsync(window with { Keys = [new ChatKey("webchat", "c"), new ChatKey("webchat", "a"), new ChatKey("other", "b")] }, Ct)));
        Assert.Empty(await IdsAsync(store.QueryAsync(window with { Keys = [] }, Ct)));
    }

    [Fact]
    public async Task OpenChatRevisions_ListsOpenChatsWithRevisionThatGrowsWithEveryWrite()
    {
        var store = await CreateStoreAsync();
        await store.UpsertAsync([Chat("open", Customer("m1", 0, "hello")), Chat("ended", Customer("m1", 0, "bye")) with { EndedAt = T0.AddMinutes(1) }], Ct);
        await store.UpsertAsync([Chat("open", Customer("m2", 30, "anyone?"))], Ct);
        await store.UpsertAsync([Chat("late", Customer("m1", 7200, "outside the window"))], Ct);

        var revisions = new List<ChatRevision>();
        await foreach (var revision in store.OpenChatRevisionsAsync(T0, T0.AddHours(1), Ct))
        {
            revisions.Add(revision);
        }

        Assert.Equal([new ChatRevision(new ChatKey("webchat", "open"), 2)], revisions);
    }

    [Fact]
    public async Task Migrate_IsIdempotent_WhenRunAgain()
    {
        var store = await CreateStoreAsync();
        await store.UpsertAsync([Chat("c-7", Customer("m1", 0, "kept"))], Ct);

        await store.MigrateAsync(Ct);

        Assert.Equal(new StoreCounts(1, 1), await store.CountAsync(Ct));
    }

    [Fact]
    public async Task Upsert_KeepsEveryMessage_WhenWritersRaceOnOneChat()
    {
        var store = await CreateStoreAsync();
        var posts = Enumerable.Range(0, 20).Select(i => Chat("race", Customer($"m{i}", i, $"part {i}")));

        await Task.WhenAll(posts.Select(p => Task.Run(() => store.UpsertAsync([p], Ct), Ct)));

        Assert.Equal(20, (await store.GetAsync(new ChatKey("webchat", "race"), Ct))!.Messages.Count);
        Assert.Equal(new StoreCounts(1, 20), await store.CountAsync(Ct));
    }

    [Fact]
    public async Task Purge_DeletesOnlyChatsWhoseLastMessageIsOlderThanCutoff()
    {
        var store = await CreateStoreAsync();
        await store.UpsertAsync([Chat("old", Customer("m1", 0, "old")), Chat("new", Customer("m1", 0, "x"), Customer("m2", 7200, "recent"))], Ct);

        var purged = await store.PurgeAsync(T0.AddHours(1), Ct);

        Assert.Equal(1, purged);
        Assert.Null(await store.GetAsync(new ChatKey("webchat", "old"), Ct));
        Assert.Equal(new StoreCounts(1, 2), await store.CountAsync(Ct));
    }

    /// <summary>The revision of an open chat, as the missed-chat watcher and the scoring worker see it.</summary>
    private static async Task<long> RevisionAsync(ITranscriptStore store, ChatKey key)
    {
        await foreach (var revision in store.OpenChatRevisionsAsync(T0.AddDays(-1), T0.AddDays(1), Ct))
        {
            if (revision.Chat == key)
            {
                return revision.Revision;
            }
        }

        throw new InvalidOperationException($"{key} is not an open chat");
    }

    private static async Task<List<string>> IdsAsync(IAsyncEnumerable<Chat> chats)
    {
        var ids = new List<string>();
        await foreach (var chat in chats)
        {
            ids.Add(chat.Id);
        }

        return ids;
    }
}
