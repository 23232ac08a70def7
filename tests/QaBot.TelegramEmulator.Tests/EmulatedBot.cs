using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;

namespace QaBot.TelegramEmulator.Tests;

/// <summary>An emulator plus a real Telegram.Bot client pointed at it, for one test.</summary>
internal sealed class EmulatedBot : IAsyncDisposable
{
    private readonly HttpClient _raw = new();

    private EmulatedBot(TelegramBotApiEmulator emulator)
    {
        Emulator = emulator;
        Client = CreateClient();
    }

    public TelegramBotApiEmulator Emulator { get; }

    public TelegramBotClient Client { get; }

    public static async Task<EmulatedBot> StartAsync(TelegramEmulatorOptions? options = null) =>
        new(await TelegramBotApiEmulator.StartAsync(options, TestContext.Current.CancellationToken));

    /// <summary>A client for the emulator; retryThreshold 0 turns off Telegram.Bot's own retry of 429.</summary>
    public TelegramBotClient CreateClient(string? token = null, int retryThreshold = 60) =>
        new(new TelegramBotClientOptions(token ?? Emulator.Token, Emulator.BaseUrl) { RetryThreshold = retryThreshold });

    /// <summary>Posts a JSON body the way a hand-written client would, bypassing Telegram.Bot's own checks.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> PostRawAsync(string method, object body, string? token = null)
    {
        using var response = await _raw.PostAsJsonAsync(
            new Uri($"{Emulator.BaseUrl}/bot{token ?? Emulator.Token}/{method}"), body, TestContext.Current.CancellationToken);
        var json = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        return (response.StatusCode, json ?? []);
    }

    /// <summary>Sends the parameters as application/x-www-form-urlencoded, or as a query string when get is true.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> SendFormAsync(
        string method, IReadOnlyDictionary<string, string> parameters, bool get = false)
    {
        var url = $"{Emulator.BaseUrl}/bot{Emulator.Token}/{method}";
        using var form = new FormUrlEncodedContent(parameters);
        using var request = get
            ? new HttpRequestMessage(HttpMethod.Get, new Uri($"{url}?{await form.ReadAsStringAsync(TestContext.Current.CancellationToken)}"))
            : new HttpRequestMessage(HttpMethod.Post, new Uri(url)) { Content = form };
        using var response = await _raw.SendAsync(request, TestContext.Current.CancellationToken);
        var json = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        return (response.StatusCode, json ?? []);
    }

    public async ValueTask DisposeAsync()
    {
        _raw.Dispose();
        await Emulator.DisposeAsync();
    }
}
