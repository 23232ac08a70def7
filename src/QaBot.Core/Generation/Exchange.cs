namespace QaBot.Core.Generation;

/// <summary>A customer line and the operator answer that fits it.</summary>
internal sealed record Exchange(string Customer, string Operator);
