using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Storage;

namespace QaBot.Infrastructure.Telegram.Access;

/// <summary>
/// Roles from <c>Access:Admins</c>, <c>Access:Supervisors</c> and <c>Access:Operators</c>, plus operators linked with a
/// one-time code. Config wins over a link, so an admin's operator mapping cannot be overridden from Telegram.
/// </summary>
public sealed class AccessControl
{
    private readonly AccessOptions _options;
    private readonly IReadOnlyDictionary<long, string> _configuredOperators;
    private readonly OperatorLinkStore _links;

    public AccessControl(IOptions<AccessOptions> options, OperatorLinkStore links)
    {
        _options = options.Value;
        _configuredOperators = _options.OperatorsByUserId();
        _links = links;
    }

    public AccessOptions Options => _options;

    public async Task<BotUser> IdentifyAsync(long userId, CancellationToken cancellationToken)
    {
        if (_options.Admins.Contains(userId))
        {
            return new BotUser(userId, BotRole.Admin, await OperatorIdAsync(userId, cancellationToken));
        }

        if (_options.Supervisors.Contains(userId))
        {
            return new BotUser(userId, BotRole.Supervisor, await OperatorIdAsync(userId, cancellationToken));
        }

        return await OperatorIdAsync(userId, cancellationToken) is { } operatorId
            ? new BotUser(userId, BotRole.Operator, operatorId)
            : new BotUser(userId, BotRole.Stranger, null);
    }

    /// <summary>
    /// Why a link of <paramref name="userId"/> to <paramref name="operatorId"/> would not take effect: the
    /// configuration maps the user to another operator, or the operator to another user (config wins). Null when it would.
    /// </summary>
    public (string? UserConfiguredAs, long? OperatorConfiguredFor) LinkConflict(long userId, string operatorId)
    {
        var configuredAs = _configuredOperators.TryGetValue(userId, out var op) && !string.Equals(op, operatorId, StringComparison.Ordinal) ? op : null;
        long? configuredFor = _configuredOperators.Where(p => p.Key != userId && string.Equals(p.Value, operatorId, StringComparison.Ordinal))
            .Select(p => (long?)p.Key).FirstOrDefault();
        return (configuredAs, configuredFor);
    }

    /// <summary>The Telegram user of an operator (config first, then links), or null when the operator never linked.</summary>
    public async Task<long?> UserOfOperatorAsync(string operatorId, CancellationToken cancellationToken)
    {
        foreach (var (userId, op) in _configuredOperators)
        {
            if (string.Equals(op, operatorId, StringComparison.Ordinal))
            {
                return userId;
            }
        }

        return await _links.UserOfAsync(operatorId, cancellationToken);
    }

    /// <summary>Every user with a role, for per-chat command menus.</summary>
    public async Task<IReadOnlyList<BotUser>> KnownUsersAsync(CancellationToken cancellationToken)
    {
        var users = new Dictionary<long, BotUser>();
        foreach (var (userId, operatorId) in await _links.AllAsync(cancellationToken))
        {
            users[userId] = new BotUser(userId, BotRole.Operator, operatorId);
        }

        foreach (var (userId, operatorId) in _configuredOperators)
        {
            users[userId] = new BotUser(userId, BotRole.Operator, operatorId);
        }

        foreach (var userId in _options.Supervisors)
        {
            users[userId] = new BotUser(userId, BotRole.Supervisor, null);
        }

        foreach (var userId in _options.Admins)
        {
            users[userId] = new BotUser(userId, BotRole.Admin, null);
        }

        return [.. users.Values];
    }

    /// <summary>Who gets rude-message alerts and delivery problems: supervisors, or admins when there are none.</summary>
    public IReadOnlyList<long> SupervisorChats() =>
        _options.Supervisors.Count > 0 ? _options.Supervisors.Distinct().ToList() : _options.Admins.Distinct().ToList();

    private async Task<string?> OperatorIdAsync(long userId, CancellationToken cancellationToken) =>
        _configuredOperators.TryGetValue(userId, out var configured) ? configured : await _links.OperatorOfAsync(userId, cancellationToken);
}
