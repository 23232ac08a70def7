using QaBot.Infrastructure.Scoring;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Scoring;

public sealed class LabelledCsvTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_KeepsCommasQuotesAndLineBreaks_WhenFieldsAreQuoted()
    {
        var file = Write("politeness.en.csv", "text,label\n\"Hello, Anna! He said \"\"wait\"\".\nSee you\",1\nGo away,0\n");

        var rows = LabelledCsv.Read(file);

        Assert.Equal(
            [new LabelledText("Hello, Anna! He said \"wait\".\nSee you", true, "en"), new LabelledText("Go away", false, "en")],
            rows);
    }

    [Fact]
    public void Read_TakesTheLanguageFromTheFileName_WhenItCarriesOne()
    {
        var russian = Write("politeness.ru.csv", "text,label\nСпасибо,1\n");
        var untagged = Write("extra.csv", "text,label\nThanks,1\n");

        Assert.Equal("ru", LabelledCsv.Read(russian).Single().Language);
        Assert.Null(LabelledCsv.Read(untagged).Single().Language);
    }

    [Fact]
    public void Read_DetectsEachRowsLanguage_WhenFileNameHasNoneAndDetectorGiven()
    {
        var file = Write("mixed.csv", "text,label\nЗдравствуйте! Чем могу помочь?,1\nGood morning! How can I help you today?,1\n您好，请问有什么可以帮您？,1\n");

        var rows = LabelledCsv.Read(file, new LinguaLanguageDetector());

        Assert.Equal(["ru", "en", "zh"], rows.Select(r => r.Language));
    }

    [Fact]
    public void Read_LabelsTopQuartilePoliteAndBottomQuartileImpolite_WhenStanfordFormat()
    {
        var file = Write("stanford.csv", """
            Community,Id,Request,Score1,Normalized Score
            Wikipedia,1,"Could you, please, look?",20,1.5
            Wikipedia,2,Why did you do that?,5,-1.2
            Wikipedia,3,Can you check it?,12,0.1
            Wikipedia,4,Thanks for the help!,22,1.1
            Wikipedia,5,Fix it now.,3,-1.9
            Wikipedia,6,Where is the source?,10,-0.3
            Wikipedia,7,What is this?,11,0.2
            Wikipedia,8,I think it is fine.,13,0.4
            """);

        var rows = LabelledCsv.Read(file);

        Assert.Equal(
            [("Could you, please, look?", true), ("Why did you do that?", false), ("Thanks for the help!", true), ("Fix it now.", false)],
            rows.Select(r => (r.Text, r.Label)));
    }

    [Fact]
    public void Read_FailsNamingFileAndLine_WhenLabelIsNotOneOrZero()
    {
        var file = Write("bad.csv", "text,label\nHi,1\nHello,yes\n");

        var error = Assert.Throws<InvalidDataException>(() => LabelledCsv.Read(file));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FailsNamingTheColumns_WhenHeaderLacksTextOrLabel()
    {
        var file = Write("odd.csv", "message,score\nHi,1\n");

        var error = Assert.Throws<InvalidDataException>(() => LabelledCsv.Read(file));

        Assert.Contains("'text' and 'label'", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, content);
        return path;
    }
}
