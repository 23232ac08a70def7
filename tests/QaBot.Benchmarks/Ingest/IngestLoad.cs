using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace QaBot.Benchmarks.Ingest;

/// <summary>
/// A timed end-to-end load run of <c>POST /api/v1/transcripts</c> on a running host (README "Measurements"):
/// <c>--connections</c> loops over one <see cref="HttpClient"/>, each posting the next single chat of its
/// <see cref="LiveChatTraffic"/> as soon as the previous answer arrived (closed loop). Requests started during the
/// warm-up are not counted. Loopback only, bounded by <c>--seconds</c> and <c>--max-requests</c>.
/// Prints one summary line, then the same numbers as one JSON line.
/// </summary>
internal static class IngestLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await RunAsync(name => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null);
        }
        catch (ArgumentException ex)
        {
            // A user error is one line and exit code 2 (STYLE §8).
            await Console.Error.WriteLineAsync("ingest-load: " + ex.Message);
            return 2;
        }
    }

    private static async Task<int> RunAsync(Func<string, string?> option)
    {
        var url = new Uri(option("--url") ?? throw new ArgumentException("--url http://127.0.0.1:PORT is required"));
        if (!url.IsLoopback)
        {
            throw new ArgumentException($"--url must be a loopback address, got {url.Host}");
        }

        var apiKey = option("--api-key") ?? throw new ArgumentException("--api-key is required");
        var connections = Bounded(option, "--connections", 16, 1, 256);
        var seconds = Bounded(option, "--seconds", 20, 1, 600);
        var warmup = Bounded(option, "--warmup", 3, 0, 120);
        var maxRequests = Bounded(option, "--max-requests", 2_000_000, 1, 10_000_000);
        var seed = Bounded(option, "--seed", 1, 0, int.MaxValue);
        var prefix = "load-" + DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            UseCookies = false,
        };
        using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        var endpoint = new Uri(url, "/api/v1/transcripts");

        var clock = Stopwatch.StartNew();
        var measureFrom = TimeSpan.FromSeconds(warmup);
        var measureTo = measureFrom + TimeSpan.FromSeconds(seconds);
        var budget = maxRequests;
        var loops = Enumerable.Range(0, connections).Select(i => Task.Run(async () =>
        {
            var traffic = new LiveChatTraffic(seed * 1000 + i, $"{prefix}-{i}");
            var loop = new LoopResult();
            while (clock.Elapsed < measureTo && Interlocked.Decrement(ref budget) >= 0)
            {
                var (body, kind, messages) = traffic.Next(DateTimeOffset.UtcNow);
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
                request.Headers.Add("X-Api-Key", apiKey);
                var started = clock.Elapsed;
                string? outcome;
                try
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    outcome = response.IsSuccessStatusCode ? null : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    outcome = ex.GetType().Name;
                }

                var elapsed = clock.Elapsed - started;
                if (started >= measureFrom && started < measureTo)
                {
                    loop.Record(elapsed.TotalMilliseconds, outcome, kind, messages);
                }
            }

            return loop;
        })).ToList();
        var results = await Task.WhenAll(loops);
        // Requests are counted when they start inside the window; one cut short by --max-requests ends it early.
        var window = (clock.Elapsed < measureTo ? clock.Elapsed : measureTo) - measureFrom;

        var report = Report(url, connections, warmup, window, results);
        Console.WriteLine(report.Summary);
        Console.WriteLine(JsonSerializer.Serialize(report.Json));
        return 0;
    }

    private static (string Summary, object Json) Report(Uri url, int connections, int warmup, TimeSpan window, LoopResult[] results)
    {
        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        var failures = results.SelectMany(r => r.Failures).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        var kinds = results.SelectMany(r => r.Kinds).GroupBy(p => p.Key).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Sum(p => p.Value));
        var rate = latencies.Length / window.TotalSeconds;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"ingest-load {url.Authority}: {latencies.Length} requests in {window.TotalSeconds:0.0} s = {rate:0} req/s; latency ms p50 {Percentile(latencies, 50):0.0}, " +
            $"p90 {Percentile(latencies, 90):0.0}, p99 {Percentile(latencies, 99):0.0}, max {(latencies.Length > 0 ? latencies[^1] : 0):0.0}; " +
            $"non-2xx {(failures.Count == 0 ? "none" : string.Join(", ", failures.Select(f => $"{f.Key}×{f.Value}")))} " +
            $"({connections} connections, warm-up {warmup} s; posts: {string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"))})");
        var json = new
        {
            url = url.ToString(),
            connections,
            warmup_seconds = warmup,
            seconds = Math.Round(window.TotalSeconds, 2),
            requests = latencies.Length,
            requests_per_second = Math.Round(rate, 1),
            latency_ms = new
            {
                p50 = Math.Round(Percentile(latencies, 50), 2),
                p90 = Math.Round(Percentile(latencies, 90), 2),
                p99 = Math.Round(Percentile(latencies, 99), 2),
                max = Math.Round(latencies.Length > 0 ? latencies[^1] : 0, 2),
                mean = Math.Round(latencies.Length > 0 ? latencies.Average() : 0, 2),
            },
            non_2xx = failures,
            posts = kinds,
            messages_per_post = Math.Round(results.Sum(r => r.Messages) / (double)Math.Max(1, latencies.Length), 2),
        };
        return (summary, json);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, int p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static int Bounded(Func<string, string?> option, string name, int fallback, int min, int max)
    {
        var text = option(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, got '{text}'");
    }

    private sealed class LoopResult
    {
        public List<double> Latencies { get; } = [];

        public Dictionary<string, int> Failures { get; } = [];

        public Dictionary<LiveChatTraffic.Kind, int> Kinds { get; } = [];

        public long Messages { get; private set; }

        public void Record(double milliseconds, string? failure, LiveChatTraffic.Kind kind, int messages)
        {
            Latencies.Add(milliseconds);
            Kinds[kind] = Kinds.GetValueOrDefault(kind) + 1;
            Messages += messages;
            if (failure is not null)
            {
                Failures[failure] = Failures.GetValueOrDefault(failure) + 1;
            }
        }
    }
}
