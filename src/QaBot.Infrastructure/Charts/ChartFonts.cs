using System.Text;
using SkiaSharp;

namespace QaBot.Infrastructure.Charts;

/// <summary>
/// Fonts for chart text. Charts use DejaVu Sans on Linux (Latin, Cyrillic), loaded from its file so rendering does not
/// depend on fontconfig; a CJK font installed on the machine (Noto Sans CJK, WenQuanYi, Droid Sans Fallback — the
/// Dockerfile installs <c>fonts-noto-cjk</c>) is registered beside it and picked per label for text DejaVu cannot draw.
/// When no font on the machine covers a label, <see cref="Drawable"/> says so and the caller draws a fallback (the
/// operator id) instead of boxes.
/// </summary>
public static class ChartFonts
{
    public const string Family = "DejaVu Sans";
    public const string CjkFamily = "QaBot CJK";

    private static readonly string[] Directories =
        ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/local/share/fonts"];

    private static readonly string[] CjkFiles =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ];

    private static readonly Lazy<(SKTypeface? Main, SKTypeface? Cjk)> Loaded = new(Load);

    public static bool EnsureLoaded() => Loaded.Value.Main is not null;

    /// <summary>The registered family that draws every character of <paramref name="text"/>, or null when none does.</summary>
    public static string? FamilyFor(string text)
    {
        var (main, cjk) = Loaded.Value;
        if (main is null)
        {
            return ScottPlot.Fonts.Default; // not on Linux: ScottPlot's own font choice
        }

        return Covers(main, text) ? Family : cjk is not null && Covers(cjk, text) ? CjkFamily : null;
    }

    /// <summary>One family for texts drawn in one style (an axis's tick labels): DejaVu when it covers them all, else the CJK font.</summary>
    public static string? FamilyForAll(IEnumerable<string> texts) => FamilyFor(string.Concat(texts));

    /// <summary>True when a font here can draw <paramref name="text"/>.</summary>
    public static bool Drawable(string text) => FamilyFor(text) is not null;

    private static bool Covers(SKTypeface typeface, string text)
    {
        using var font = new SKFont(typeface);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune) && font.GetGlyph(rune.Value) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static (SKTypeface? Main, SKTypeface? Cjk) Load()
    {
        var regular = Find("DejaVuSans.ttf");
        if (regular is null)
        {
            return (null, null);
        }

        ScottPlot.Fonts.AddFontFile(Family, regular, bold: false, italic: false);
        if (Find("DejaVuSans-Bold.ttf") is { } bold)
        {
            ScottPlot.Fonts.AddFontFile(Family, bold, bold: true, italic: false);
        }

        ScottPlot.Fonts.Default = Family;
        SKTypeface? cjk = null;
        if (CjkFiles.FirstOrDefault(File.Exists) is { } cjkFile)
        {
            ScottPlot.Fonts.AddFontFile(CjkFamily, cjkFile, bold: false, italic: false);
            ScottPlot.Fonts.AddFontFile(CjkFamily, cjkFile, bold: true, italic: false);
            cjk = SKTypeface.FromFile(cjkFile);
        }

        return (SKTypeface.FromFile(regular), cjk);
    }

    private static string? Find(string file) =>
        Directories.Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists);
}
