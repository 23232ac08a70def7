using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Ingest.Chatwoot;
using QaBot.Infrastructure.Ingest.Jsonl;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.BadInput;

/// <summary>
/// Property tests over every parser and mapper (issue 9): whatever bytes arrive, a record is accepted or rejected with a
/// reason — never an exception — and what is accepted obeys the policy; over HTTP every answer is 2xx or 4xx and a
/// rejected request stores nothing.
/// </summary>
public sealed class IngestFuzzTests
{
    private const string Valid = """{"id":"f-1","source":"fuzz","channel":"chat","group":"sales","language":"ru","customer":{"id":"u-1","name":"Анна"},"ended_at":"2026-11-20T09:12:30+03:00","csat":5,"converted":true,"order_value":1990.0,"tags":["a"],"messages":[{"id":"m1","at":"2026-11-20T09:00:00+03:00","from":"customer","text":"Здравствуйте! Где мой заказ?"},{"id":"m2","at":"2026-11-20T09:00:14+03:00","from":"operator","operator":{"id":"op-3","name":"Ирина"},"text":"Минуту, уточню.","canned":false}]}""";

    private static readonly string[] Splices =
    [
        "\\ud800", "\\udfff", "\\u0000", "\\uffff", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "253402300799", "-1",
        "1e400", "null", "[]", "{}", "\"", "\\", "\"at\":", "\"from\":\"bot\"", "\"messages\":null", "99999999999999999999",
        "\"text\":123", "\"csat\":6", "\"channel\":\"fax\"", "T", "+25:00", "Z", "\u0000", "\u00e9", "😀",
    ];

    /// <summary>A valid chat with a few random edits: spliced tokens, deleted spans, raw random bytes.</summary>
    private static readonly Gen<byte[]> Bodies =
        Gen.Select(Gen.Int[0, Valid.Length], Gen.Int[0, 6], Gen.Int[0, Splices.Length - 1], Gen.Byte).Array[1, 4]
            .Select(edits =>
            {
                var text = Valid;
                foreach (var (at, delete, splice, _) in edits)
                {
                    var start = Math.Min(at, text.Length);
                    text = text.Remove(start, Math.Min(delete, text.Length - start)).Insert(start, Splices[splice]);
                }

                var bytes = Encoding.UTF8.GetBytes(text).ToList();
                foreach (var (at, _, splice, b) in edits)
                {
                    if (splice % 5 == 0)
                    {
                        bytes.Insert(Math.Min(at, bytes.Count), b);
                    }
                }

                return bytes.ToArray();
            });

    [Fact]
    public void ParseLine_AcceptsOnlyStorableChatsAndNeverThrows_WhenAnyBytesArrive()
    {
        Bodies.Sample(bytes =>
        {
            var line = IngestText.Utf8.GetString(bytes).Replace('\n', ' ');
            var item = JsonlTranscriptFormat.ParseLine(1, line, IngestPolicy.Default);
            if (item.Chat is { } chat)
            {
                // What a parser accepts, the policy of every door accepts too.
                IngestPolicy.Default.Validate(chat);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(item.Error));
            }
        }, iter: 3000);
    }

    [Fact]
    public void ParseLine_RejectsTheLineNamingTheProblem_WhenItHoldsHalfAnEmoji()
    {
        var line = "{\"id\":\"c1\",\"messages\":[{\"id\":\"m1\",\"at\":\"2026-11-20T10:00:00Z\",\"from\":\"customer\",\"text\":\"hi \uD83D\"}]}";

        var jsonl = JsonlTranscriptFormat.ParseLine(7, line, IngestPolicy.Default);
        var chatwoot = ChatwootFileFormat.ParseLine(7, line, IngestPolicy.Default);

        Assert.All(new[] { jsonl, chatwoot }, item =>
        {
            Assert.Null(item.Chat);
            Assert.Contains("broken surrogate pair", item.Error, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ChatwootParseLine_AcceptsOnlyStorableChatsAndNeverThrows_WhenAnyBytesArrive()
    {
        var valid = Ingest.Chatwoot.ChatwootFixtures.LoadNode("message_created_incoming.json").ToJsonString();
        Gen.Select(Gen.Int[0, valid.Length], Gen.Int[0, 6], Gen.Int[0, Splices.Length - 1]).Array[1, 4].Sample(edits =>
        {
            var text = valid;
            foreach (var (at, delete, splice) in edits)
            {
                var start = Math.Min(at, text.Length);
                text = text.Remove(start, Math.Min(delete, text.Length - start)).Insert(start, Splices[splice]);
            }

            var item = ChatwootFileFormat.ParseLine(1, text.Replace('\n', ' '), IngestPolicy.Default);
            if (item.Chat is { } chat)
            {
                IngestPolicy.Default.Validate(chat);
            }
        }, iter: 2000);
    }

    [Fact]
    public async Task Post_NeverAnswers5xxAndStoresNothingOnRejection_WhenAnyBytesArrive()
    {
        await using var server = await QaBotServer.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var stored = await server.Store.CountAsync(ct);
        var bodies = Bodies.Array[150].Generate(new PCG(20261202), null, out _);
        foreach (var body in bodies)
        {
            foreach (var path in new[] { "/api/v1/transcripts", "/api/v1/chatwoot?token=cw-token" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add(QaBotServer.ApiKeyHeader.Name, QaBotServer.ApiKeyHeader.Value);
                using var response = await server.Client.SendAsync(request, ct);
                var status = (int)response.StatusCode;
                Assert.True(status < 500, $"{path}: {status} for {Encoding.UTF8.GetString(body)}");
                var now = await server.Store.CountAsync(ct);
                if (status >= 400)
                {
                    Assert.Equal(stored, now);
                }

                stored = now;
            }
        }
    }
}
