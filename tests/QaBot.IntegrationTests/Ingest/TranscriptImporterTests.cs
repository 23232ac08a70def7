using System.Text;
using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Ingest.Csv;
using QaBot.Infrastructure.Ingest.Jsonl;
using QaBot.Infrastructure.Storage.Sqlite;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Ingest;

public sealed class TranscriptImporterTests : IDisposable
{
    private const string Good1 = """{"id":"c-1","source":"webchat","group":"sales","messages":[{"id":"m1","at":"2026-11-20T09:00:00+03:00","from":"customer","text":"Здравствуйте!"},{"id":"m2","at":"2026-11-20T09:00:14+03:00","from":"operator","operator":{"id":"op-3","name":"Ирина"},"text":"Добрый день!"}]}""";
    private const string Good2 = """{"id":"c-2","messages":[{"id":"m1","at":"2026-11-20T06:00:00Z","from":"customer","text":"您好，请问有货吗？"}]}""";
    private const string Good3 = """{"id":"c-3","channel":"email","messages":[{"id":"m1","at":"2026-11-20T10:00:00.123+01:00","from":"customer","text":"Hello"}]}""";

    private readonly TempDirectory _dir = new();
    private readonly SqliteTranscriptStore _store;
    private readonly TranscriptImporter _importer;

    public TranscriptImporterTests()
    {
        _store = new SqliteTranscriptStore(_dir.File("qabot.db"), TimeProvider.System);
        _store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        _importer = new TranscriptImporter(_store, TimeProvider.System);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_ChangesNothing_WhenSameFileImportedTwice()
    {
        var file = Write("twice.jsonl", Good1, Good2, Good3);

        var first = await _importer.ImportFileAsync(file, new JsonlTranscriptFormat(IngestPolicy.Default), Ct);
        var second = await _importer.ImportFileAsync(file, new JsonlTranscriptFormat(IngestPolicy.Default), Ct);

        Assert.Equal((3, 0, 4), (first.ChatsCreated, first.ChatsUpdated, first.Messages));
        Assert.Equal((0, 0, 3, 0L), (second.ChatsCreated, second.ChatsUpdated, second.ChatsUnchanged, second.Messages));
        Assert.Equal(new StoreCounts(3, 4), await _store.CountAsync(Ct));
    }

    [Fact]
    public async Task Import_ReportsLineNumbersAndKeepsGoodLines_WhenBrokenLinesInTheMiddle()
    {
        const string noOffset = """{"id":"bad-1","messages":[{"id":"m1","at":"2026-11-20T09:00:00","from":"customer","text":"x"}]}""";
        const string badFrom = """{"id":"bad-2","messages":[{"id":"m1","at":"2026-11-20T09:00:00Z","from":"agent","text":"x"}]}""";
        const string truncated = """{"id":"bad-3","messages":[{"id":"m1",""";
        var file = Write("broken.jsonl", Good1, noOffset, "", badFrom, truncated, Good2, Good3);
        var rejections = new List<(long Line, string Reason)>();
        _importer.OnRejected = (line, reason) => rejections.Add((line, reason));

        var report = await _importer.ImportFileAsync(file, new JsonlTranscriptFormat(IngestPolicy.Default), Ct);

        Assert.Equal(3, report.Rejected);
        Assert.Equal([2L, 4L, 5L], rejections.Select(r => r.Line));
        Assert.StartsWith("messages[0].at:", rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("'agent' is not one of customer, operator, bot, system", rejections[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("invalid JSON", rejections[2].Reason, StringComparison.Ordinal);
        Assert.Equal(new StoreCounts(3, 4), await _store.CountAsync(Ct));
        Assert.Equal([noOffset, badFrom, truncated], await File.ReadAllLinesAsync(report.RejectedPath!, Ct));
    }

    [Fact]
    public async Task Import_ReadsNothing_WhenFileIsEmpty()
    {
        var report = await _importer.ImportFileAsync(Write("empty.jsonl"), new JsonlTranscriptFormat(IngestPolicy.Default), Ct);

        Assert.Equal((0L, 0L, 0L), (report.Records, report.Rejected, report.ChatsCreated));
        Assert.Null(report.RejectedPath);
    }

    [Fact]
    public async Task Import_MergesStreamedPosts_WhenOneChatArrivesInFiveLinesOutOfOrder()
    {
        var file = Write("stream.jsonl",
            """{"id":"s-1","messages":[{"id":"m3","at":"2026-11-20T09:01:00+03:00","from":"customer","text":"и ещё"}]}""",
            """{"id":"s-1","group":"support","messages":[{"id":"m1","at":"2026-11-20T09:00:00+03:00","from":"customer","text":"Привет"}]}""",
            """{"id":"s-1","messages":[{"id":"m2","at":"2026-11-20T09:00:20+03:00","from":"operator","operator":{"id":"op-1"},"text":"Здравствуйте"}]}""",
            """{"id":"s-1","messages":[{"id":"m4","at":"2026-11-20T09:01:30+03:00","from":"operator","operator":{"id":"op-1"},"text":"Готово"}]}""",
            """{"id":"s-1","ended_at":"2026-11-20T09:02:00+03:00","csat":5}""");

        await _importer.ImportFileAsync(file, new JsonlTranscriptFormat(IngestPolicy.Default), Ct);

        var chat = (await _store.GetAsync(new ChatKey(Chat.DefaultSource, "s-1"), Ct))!;
        Assert.Equal(["m1", "m2", "m3", "m4"], chat.Messages.Select(m => m.Id));
        Assert.Equal(("support", 5), (chat.Group, chat.Csat));
        Assert.NotNull(chat.EndedAt);
    }

    [Fact]
    public async Task ImportCsv_GroupsRowsIntoChatsAndRejectsOnlyBadRows_WhenQuotedMultilineText()
    {
        var file = Write("chats.csv",
            "chat_id,source,group,channel,customer_id,csat,message_id,at,from,operator_id,text,canned",
            "c-1,webchat,sales,chat,u-1,,m1,2026-11-20T09:00:00+03:00,customer,,\"Здравствуйте, где заказ?\",",
            "c-1,webchat,sales,chat,u-1,,m2,2026-11-20T09:00:10+03:00,operator,op-1,\"Добрый день!\nСейчас проверю, \"\"минуту\"\".\",false",
            "c-1,webchat,sales,chat,u-1,five,m3,2026-11-20T09:01:00+03:00,customer,,Спасибо,",
            "c-1,webchat,sales,chat,u-1,5,m4,2026-11-20T09:01:10+03:00,operator,op-1,Всего доброго!,true",
            "c-2,webchat,support,email,u-2,,m1,2026-11-20T10:00:00Z,customer,,Hello,");
        var rejections = new List<(long Line, string Reason)>();
        _importer.OnRejected = (line, reason) => rejections.Add((line, reason));

        var report = await _importer.ImportFileAsync(file, new CsvTranscriptFormat(IngestPolicy.Default), Ct);

        var (line, reason) = Assert.Single(rejections);
        Assert.Equal(5, line); // the multi-line quoted field makes the bad row start on physical line 5
        Assert.StartsWith("csat:", reason, StringComparison.Ordinal);
        var chat = (await _store.GetAsync(new ChatKey("webchat", "c-1"), Ct))!;
        Assert.Equal(["m1", "m2", "m4"], chat.Messages.Select(m => m.Id));
        Assert.Equal("Добрый день!\nСейчас проверю, \"минуту\".", chat.Messages[1].Text);
        Assert.Equal((5, true), (chat.Csat, chat.Messages[2].Canned));
        Assert.Equal("email", (await _store.GetAsync(new ChatKey("webchat", "c-2"), Ct))!.Channel);
        var rejected = await File.ReadAllLinesAsync(report.RejectedPath!, Ct);
        Assert.Equal(2, rejected.Length);
        Assert.StartsWith("chat_id,", rejected[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportCsv_RejectsFile_WhenRequiredColumnsMissing()
    {
        var file = Write("nocols.csv", "chat_id,text", "c-1,hello");

        var report = await new TranscriptImporter(_store, TimeProvider.System)
        {
            OnRejected = (line, reason) => Assert.Equal((1L, "header: missing column(s) message_id, at, from"), (line, reason)),
        }.ImportFileAsync(file, new CsvTranscriptFormat(IngestPolicy.Default), Ct);

        Assert.Equal(1, report.Rejected);
        Assert.Equal(new StoreCounts(0, 0), await _store.CountAsync(Ct));
    }

    private string Write(string name, params string[] lines)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, lines.Length == 0 ? string.Empty : string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => _dir.Dispose();
}
