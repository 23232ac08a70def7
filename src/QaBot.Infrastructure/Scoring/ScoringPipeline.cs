using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// The ML.NET training pipeline shared by both models: word n-grams and character n-grams of the text (TF-IDF, each
/// block L2-normalised), concatenated with the hand-written features of <see cref="ScoringRowFactory"/>, into an
/// L-BFGS logistic regression. Only built-in transforms, so a saved model loads with a plain <c>MLContext</c>.
/// </summary>
internal static class ScoringPipeline
{
    public const string FeaturesColumn = "AllFeatures";
    private const string WordTokens = "WordTokens";
    private const string WordKeys = "WordKeys";
    private const string WordGrams = "WordGrams";
    private const string CharKeys = "CharKeys";
    private const string CharGrams = "CharGrams";

    /// <summary>The input schema of <see cref="ScoringInput"/> with the feature vector's length for a task.</summary>
    public static SchemaDefinition InputSchema(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(ScoringInput));
        schema[nameof(ScoringInput.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    public static IEstimator<ITransformer> Build(MLContext ml, ScoringPipelineOptions options)
    {
        var weighting = options.UseIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;
        var blocks = new List<string> { WordGrams };
        IEstimator<ITransformer> pipeline = ml.Transforms.Text.TokenizeIntoWords(WordTokens, nameof(ScoringInput.Words), [' '])
            .Append(ml.Transforms.Conversion.MapValueToKey(WordKeys, WordTokens))
            .Append(ml.Transforms.Text.ProduceNgrams(
                WordGrams, WordKeys, options.WordNgramLength, useAllLengths: true, maximumNgramsCount: options.MaximumNgramsCount, weighting: weighting))
            .Append(ScaleBlock(ml, WordGrams, options));

        if (options.CharNgramLengths.Count > 0)
        {
            var charColumns = options.CharNgramLengths.Select(length => $"{CharGrams}{length}").ToArray();
            IEstimator<ITransformer> chars = ml.Transforms.Text.TokenizeIntoCharactersAsKeys(CharKeys, nameof(ScoringInput.Text), useMarkerCharacters: true);
            foreach (var length in options.CharNgramLengths)
            {
                chars = chars.Append(ml.Transforms.Text.ProduceNgrams(
                    $"{CharGrams}{length}", CharKeys, length, useAllLengths: false, maximumNgramsCount: options.MaximumNgramsCount, weighting: weighting));
            }

            pipeline = pipeline
                .Append(chars)
                .Append(ml.Transforms.Concatenate(CharGrams, charColumns))
                .Append(ScaleBlock(ml, CharGrams, options));
            blocks.Add(CharGrams);
        }

        if (options.UseCueFeatures)
        {
            blocks.Add(nameof(ScoringInput.Features));
        }

        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(ScoringInput.Label),
            FeatureColumnName = FeaturesColumn,
            L2Regularization = options.L2Regularization,
            L1Regularization = options.L1Regularization,
            // One thread keeps training bit-for-bit reproducible; the data sets are small enough not to mind.
            NumberOfThreads = 1,
        });

        return pipeline
            .Append(ml.Transforms.Concatenate(FeaturesColumn, [.. blocks]))
            // L-BFGS passes over the data many times: featurise once, not on every pass.
            .AppendCacheCheckpoint(ml)
            .Append(trainer);
    }

    // Global contrast normalisation without centring is L2 normalisation times a scale: a per-block weight.
    private static GlobalContrastNormalizingEstimator ScaleBlock(MLContext ml, string column, ScoringPipelineOptions options) =>
        ml.Transforms.NormalizeGlobalContrast(column, ensureZeroMean: false, ensureUnitStandardDeviation: false, scale: options.NgramBlockNorm);
}
