using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace QaBot.Infrastructure.Scoring;

/// <summary>Creates <see cref="ScoringWorker"/>s for the pool; the transformer is immutable and shared by all of them.</summary>
internal sealed class ScoringWorkerPolicy(MLContext ml, ITransformer model, SchemaDefinition inputSchema, ScoringRowFactory rows)
    : PooledObjectPolicy<ScoringWorker>
{
    public override ScoringWorker Create() => new(
        ml.Model.CreatePredictionEngine<ScoringInput, ScoringPrediction>(model, ignoreMissingColumns: true, inputSchemaDefinition: inputSchema),
        rows);

    public override bool Return(ScoringWorker obj) => true;
}
