namespace QaBot.Core.Abstractions;

public interface ILabelStore
{
    /// <summary>Stores or replaces the verdict on one message for one check (the last verdict wins).</summary>
    Task SaveLabelAsync(SupervisorLabel label, CancellationToken cancellationToken);

    Task<IReadOnlyList<SupervisorLabel>> GetLabelsAsync(string check, CancellationToken cancellationToken);
}
