using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using QaBot.Core.Abstractions;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.BadInput;

/// <summary>
/// Bad input never breaks QaBot and never costs good data (DESIGN §2, issue 9), on each store: every good record of a
/// file is imported and every bad line named; a bad HTTP body is a 400 naming the field with nothing stored; and the
/// KPIs keep working afterwards.
/// </summary>
public abstract class BadInputContract : StoreProcessContract
{
    [Fact]
    public async Task Import_StoresEveryGoodRecordAndNamesEveryBadLine_WhenBadRecordsSitBetweenGoodOnes()
    {
        var store = await StoreArgumentAsync();
        var file = Dir.File("mixed.jsonl");
        await File.WriteAllBytesAsync(file, BadRecords.JsonLinesFile(), Ct);

        var import = await QaBotProcess.RunAsync(Dir.Path, "import", file, store);
        var kpi = await QaBotProcess.RunAsync(Dir.Path, "kpi", "--from", BadRecords.Day, "--to", BadRecords.Day, "--format", "json", store);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains($"{BadRecords.GoodChats} chats created", import.Stdout, StringComparison.Ordinal);
        foreach (var (line, field) in BadRecords.BadLines)
        {
            Assert.Contains($"{file}:{line}: rejected: {field}:", import.Stderr, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", import.Stderr, StringComparison.Ordinal);
        Assert.Equal(BadRecords.BadLines.Length, File.ReadAllLines(file + ".rejected.jsonl").Length);
        Assert.Equal(0, kpi.ExitCode);
        Assert.Equal(BadRecords.GoodChats, JsonDocument.Parse(kpi.Stdout).RootElement.GetProperty("chats").GetInt32());
    }

    [Fact]
    public async Task Import_RejectsTheRowAndKeepsTheRest_WhenCsvHasNulBadBytesAndExtremeYears()
    {
        var store = await StoreArgumentAsync();
        var file = Dir.File("mixed.csv");
        var rows = new List<byte>();
        void Row(string text, params byte[] tail)
        {
            rows.AddRange(Encoding.UTF8.GetBytes(text));
            rows.AddRange(tail);
            rows.AddRange("\n"u8.ToArray());
        }

        Row("chat_id,message_id,at,from,text");
        Row($"c1,m1,{BadRecords.Day}T09:00:00Z,customer,hello");
        Row($"c2,m1,9999-12-31T23:59:59Z,customer,hello");
        Row($"c3,m1,{BadRecords.Day}T09:00:00Z,customer,nul", 0x00);
        Row($"c4,m1,{BadRecords.Day}T09:00:00Z,customer,bad ", 0xC3, 0x28);
        Row($"c5,m1,{BadRecords.Day}T09:00:00Z,customer,hello");
        await File.WriteAllBytesAsync(file, [.. rows], Ct);

        var import = await QaBotProcess.RunAsync(Dir.Path, "import", file, store);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("2 chats created", import.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{file}:3: rejected: at:", import.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{file}:4: rejected: text: contains a NUL", import.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{file}:5: rejected: text: is not valid UTF-8", import.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RejectsTheEvent_WhenChatwootEpochLiesInTheYear9999()
    {
        var store = await StoreArgumentAsync();
        var file = Dir.File("chatwoot.jsonl");
        var good = Ingest.Chatwoot.ChatwootFixtures.LoadNode("message_created_incoming.json");
        var bad = good.DeepClone();
        bad["created_at"] = 253402300799;
        bad["id"] = 999_999;
        await File.WriteAllLinesAsync(file, [bad.ToJsonString(), good.ToJsonString()], Ct);

        var import = await QaBotProcess.RunAsync(Dir.Path, "import", file, "--format", "chatwoot", store);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("1 chats created", import.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{file}:1: rejected: messages[id=999999].at: ", import.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_Answers400NamingTheFieldAndStoresNothing_WhenABodyBreaksThePolicy(string kind, byte[] body, string field)
    {
        await using var server = await QaBotServer.StartAsync(await StoreArgumentAsync(), "--Ingest:MaxBodyBytes=4194304");

        var response = await PostAsync(server, "/api/v1/transcripts", body, QaBotServer.ApiKeyHeader);
        var problem = await response.Content.ReadAsStringAsync(Ct);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{kind}: {(int)response.StatusCode} {problem}");
        Assert.Contains($"\"{field}\"", problem, StringComparison.Ordinal);
        Assert.Equal(new StoreCounts(0, 0), await server.Store.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(BadChatwootBodies))]
    public async Task PostChatwoot_Answers400AndStoresNothing_WhenAPayloadBreaksThePolicy(string kind, byte[] body)
    {
        await using var server = await QaBotServer.StartAsync(await StoreArgumentAsync());

        var response = await PostAsync(server, "/api/v1/chatwoot?token=cw-token", body, null);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal(new StoreCounts(0, 0), await server.Store.CountAsync(Ct));
    }

    public static TheoryData<string, byte[], string> BadBodies()
    {
        var data = new TheoryData<string, byte[], string>();
        var lines = BadRecords.JsonLinesFile().AsSpan();
        var number = 0;
        foreach (var range in lines.Split((byte)'\n'))
        {
            number++;
            var line = lines[range].ToArray();
            if (BadRecords.BadLines.FirstOrDefault(b => b.Line == number) is { Field: { } field })
            {
                data.Add($"line {number} alone", line, field);
                var good = Encoding.UTF8.GetBytes(BadRecords.Chat("good", "hi") + "\n");
                data.Add($"line {number} after a good line", [.. good, .. line], "line 2");
            }
        }

        return data;
    }

    public static TheoryData<string, byte[]> BadChatwootBodies()
    {
        var good = Ingest.Chatwoot.ChatwootFixtures.LoadNode("message_created_incoming.json");
        var farFuture = good.DeepClone();
        farFuture["created_at"] = "9999-12-31T23:59:59Z";
        farFuture["id"] = 999_999;
        var surrogate = good.DeepClone().ToJsonString().Replace("\"content\":\"", "\"content\":\"\\ud800", StringComparison.Ordinal);
        var nul = good.DeepClone().ToJsonString().Replace("\"content\":\"", "\"content\":\"\\u0000", StringComparison.Ordinal);
        var text = good.ToJsonString();
        var at = text.IndexOf("\"content\":\"", StringComparison.Ordinal) + 11;
        return new TheoryData<string, byte[]>
        {
            { "epoch in 9999", Encoding.UTF8.GetBytes(farFuture.ToJsonString()) },
            { "lone surrogate", Encoding.UTF8.GetBytes(surrogate) },
            { "NUL", Encoding.UTF8.GetBytes(nul) },
            { "invalid UTF-8", [.. Encoding.UTF8.GetBytes(text[..at]), 0xFF, 0xC3, 0x28, .. Encoding.UTF8.GetBytes(text[at..])] },
        };
    }

    private static async Task<HttpResponseMessage> PostAsync(QaBotServer server, string path, byte[] body, (string Name, string Value)? header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (header is { } h)
        {
            request.Headers.Add(h.Name, h.Value);
        }

        return await server.Client.SendAsync(request, Ct);
    }
}
