using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using QaBot.Infrastructure.Scoring.Features;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// The ML.NET training pipeline shared by both models: the hashed word and character n-grams of
/// <see cref="ScoringRowFactory"/> (each block already L2-normalised in C#, where it costs nothing extra), concatenated
/// with the hand-written features, into an L-BFGS logistic regression. Only built-in transforms, so a saved model
/// loads with a plain <c>MLContext</c>; and so few of them that scoring a message takes a few microseconds.
/// </summary>
internal static class ScoringPipeline
{
    public const string FeaturesColumn = "AllFeatures";

    /// <summary>The input schema of <see cref="ScoringInput"/> with the vector lengths for a task.</summary>
    public static SchemaDefinition InputSchema(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(ScoringInput));
        schema[nameof(ScoringInput.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        schema[ScoringInput.NgramsColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, NgramHashing.VectorLength);
        return schema;
    }

    public static IEstimator<ITransformer> Build(MLContext ml, ScoringPipelineOptions options)
    {
        string[] blocks = options.UseCueFeatures
            ? [ScoringInput.NgramsColumn, nameof(ScoringInput.Features)]
            : [ScoringInput.NgramsColumn];
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(ScoringInput.Label),
            FeatureColumnName = FeaturesColumn,
            L2Regularization = options.L2Regularization,
            L1Regularization = options.L1Regularization,
            // One thread keeps training bit-for-bit reproducible; the data sets are small enough not to mind.
            NumberOfThreads = 1,
        });

        return ml.Transforms.Concatenate(FeaturesColumn, blocks)
            // L-BFGS passes over the data many times: assemble the vectors once, not on every pass.
            .AppendCacheCheckpoint(ml)
            .Append(trainer);
    }
}
