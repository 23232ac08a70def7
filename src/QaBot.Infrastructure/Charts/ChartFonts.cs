namespace QaBot.Infrastructure.Charts;

/// <summary>
/// Charts use the system DejaVu Sans on Linux (Cyrillic included), loaded from its file so rendering does not depend on
/// fontconfig; elsewhere ScottPlot's default font stays.
/// </summary>
internal static class ChartFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Directories =
        ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/local/share/fonts"];

    private static readonly Lazy<bool> Loaded = new(Load);

    public static bool EnsureLoaded() => Loaded.Value;

    private static bool Load()
    {
        var regular = Find("DejaVuSans.ttf");
        if (regular is null)
        {
            return false;
        }

        ScottPlot.Fonts.AddFontFile(Family, regular, bold: false, italic: false);
        if (Find("DejaVuSans-Bold.ttf") is { } bold)
        {
            ScottPlot.Fonts.AddFontFile(Family, bold, bold: true, italic: false);
        }

        ScottPlot.Fonts.Default = Family;
        return true;
    }

    private static string? Find(string file) =>
        Directories.Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists);
}
