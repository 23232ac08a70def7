using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using QaBot.Infrastructure.Scoring.Features;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// One saved model loaded for scoring: single messages through pooled prediction engines, batches through
/// <c>Transform</c> over an <see cref="IDataView"/>, split across cores. Thread-safe.
/// </summary>
internal sealed class ScoringModel : IDisposable
{
    // Below this many messages per core, splitting a batch costs more than it saves.
    private const int MinBatchPerCore = 256;

    private readonly MLContext _ml;
    private readonly ScoringRowFactory _rows;
    private readonly SchemaDefinition _inputSchema;
    private readonly ObjectPool<ScoringWorker> _workers;

    private ScoringModel(MLContext ml, MessageScoringTask task, ITransformer transformer)
    {
        _ml = ml;
        Task = task;
        Transformer = transformer;
        _rows = ScoringRowFactory.For(task);
        _inputSchema = ScoringPipeline.InputSchema(_rows.FeatureCount);
        var provider = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 2 };
        _workers = provider.Create(new ScoringWorkerPolicy(ml, transformer, _inputSchema, _rows));
    }

    public MessageScoringTask Task { get; }

    public ITransformer Transformer { get; }

    /// <summary>
    /// Loads a model saved by <see cref="ModelTrainer"/>, failing with a message that names the file when it is
    /// missing, is not an ML.NET model, or was trained for another task or feature set.
    /// </summary>
    public static ScoringModel Load(MLContext ml, MessageScoringTask task, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = task.ToName();
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The {name} model '{Path.GetFullPath(path)}' does not exist. Train it with: qabot train --task {name} --data <csv> --out {path}",
                path);
        }

        ITransformer transformer;
        DataViewSchema inputSchema;
        try
        {
            transformer = ml.Model.Load(path, out inputSchema);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidDataException($"The {name} model '{Path.GetFullPath(path)}' is not a valid ML.NET model zip: {ex.Message}", ex);
        }

        if (MismatchedInput(inputSchema, ScoringRowFactory.For(task).FeatureCount) is { } mismatch)
        {
            throw new InvalidDataException(
                $"The {name} model '{Path.GetFullPath(path)}' was not trained for this task or this version of QaBot ({mismatch}). " +
                $"Retrain it with: qabot train --task {name}");
        }

        var model = new ScoringModel(ml, task, transformer);
        try
        {
            // Creates the first engine now, so a model whose pipeline cannot run fails at start, not on the first chat.
            model.Predict("ok", ScoringLanguages.English);
            return model;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            model.Dispose();
            throw new InvalidDataException($"The {name} model '{Path.GetFullPath(path)}' cannot score messages: {ex.Message}", ex);
        }
    }

    /// <summary>P(label = 1) of one message.</summary>
    public float Predict(string? text, string? language)
    {
        var worker = _workers.Get();
        try
        {
            return worker.Predict(text, language);
        }
        finally
        {
            _workers.Return(worker);
        }
    }

    /// <summary>P(label = 1) of each message, in order.</summary>
    public float[] Predict(IReadOnlyList<(string Text, string? Language)> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var result = new float[messages.Count];
        var parts = Math.Clamp(messages.Count / MinBatchPerCore, 1, Environment.ProcessorCount);
        var size = (messages.Count + parts - 1) / Math.Max(parts, 1);
        Parallel.For(0, parts, part =>
        {
            var start = part * size;
            var end = Math.Min(start + size, messages.Count);
            if (start < end)
            {
                PredictRange(messages, start, end, result);
            }
        });

        return result;
    }

    public void Dispose() => (_workers as IDisposable)?.Dispose();

    // What differs between the model's input and the rows this build computes, or null when they agree.
    private static string? MismatchedInput(DataViewSchema schema, int featureCount)
    {
        foreach (var (column, size) in new[]
        {
            (nameof(ScoringInput.Features), featureCount),
            (ScoringInput.NgramsColumn, NgramHashing.VectorLength),
        })
        {
            var actual = (schema.GetColumnOrNull(column)?.Type as VectorDataViewType)?.Size;
            if (actual != size)
            {
                return actual is null
                    ? $"it has no input column '{column}'"
                    : $"its input column '{column}' has {actual} slots, this build computes {size}";
            }
        }

        return null;
    }

    private void PredictRange(IReadOnlyList<(string Text, string? Language)> messages, int start, int end, float[] result)
    {
        var rows = new ScoringInput[end - start];
        for (var i = start; i < end; i++)
        {
            rows[i - start] = _rows.Create(messages[i].Text, messages[i].Language);
        }

        var scored = Transformer.Transform(_ml.Data.LoadFromEnumerable(rows, _inputSchema));
        var probability = scored.Schema[ScoringPipeline.ProbabilityColumn];
        using var cursor = scored.GetRowCursor([probability]);
        var getter = cursor.GetGetter<float>(probability);
        var value = 0f;
        for (var i = start; cursor.MoveNext(); i++)
        {
            getter(ref value);
            result[i] = value;
        }
    }
}
