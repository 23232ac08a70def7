using QaBot.Infrastructure.Charts;
using SkiaSharp;

namespace QaBot.IntegrationTests.Charts;

/// <summary>Charts as a reader sees them (issue 11, defect 12): no boxes for names, no legend over a bar, a labelled colour bar.</summary>
public sealed class ChartRendererTests
{
    private static readonly SKColor Answered = SKColor.Parse("#2e8b57");

    [Fact]
    public void Leaderboard_NeverDrawsANameThatNoFontHereCovers()
    {
        var names = ChartRenderer.LeaderboardNames([("王伟", "op-7"), ("Анна", "op-1"), ("Maria", "op-2")]);

        // Chinese stays when this machine has a CJK font (the Dockerfile installs one); otherwise the id is drawn.
        Assert.Equal(ChartFonts.Drawable("王伟") ? "王伟" : "op-7", names[0]);
        Assert.Equal(["Анна", "Maria"], names.Skip(1));
        Assert.All(names, name => Assert.True(ChartFonts.Drawable(name)));
        Assert.True(ChartRenderer.Leaderboard([("王伟", "op-7", 12), ("Анна", "op-1", 9)], new ChartLabels { Title = "Operators · 运营" }).Length > 5_000);
    }

    [Fact]
    public void Volume_KeepsTheLegendOffTheBars_SoTheTallestFirstBarShowsWhole()
    {
        // The first day is the busiest: its bar reaches the top left, where a legend inside the plot would sit.
        var day = new DateOnly(2026, 11, 16);
        int[] answered = [150, 100, 100];
        var days = answered.Select((n, i) => new DailyPoint(day.AddDays(i), n, 0, 0, 1.0)).ToList();

        using var image = SKBitmap.Decode(ChartRenderer.Volume(days, new ChartLabels { Title = "Chats per day" }));
        var columns = BarColumns(image);
        var tops = columns.Select(x => TopOfRun(image, x)).ToList();
        var bottom = BottomOfRun(image, columns[1]);

        Assert.Equal(3, tops.Count);
        Assert.InRange(tops[1], tops[2] - 1, tops[2] + 1);
        // Bar heights in pixels keep the ratio 150 : 100.
        Assert.InRange((bottom - tops[0]) / (double)(bottom - tops[1]), 1.45, 1.55);
    }

    [Fact]
    public void Heatmap_RendersWithItsColourBarLabelled()
    {
        var week = Enumerable.Range(0, 7).Select(d => (IReadOnlyList<int>)[.. Enumerable.Range(0, 24).Select(h => (d * 24) + h)]).ToList();

        var png = ChartRenderer.Heatmap(week, new ChartLabels { Title = "Chats by weekday and hour", ChatsPerHour = "Chats per hour" });

        using var image = SKBitmap.Decode(png);
        Assert.Equal(ChartRenderer.Width, image.Width);
    }

    /// <summary>An x just inside the left edge of each green bar (where an upper-left legend would sit), on the row halfway down.</summary>
    private static List<int> BarColumns(SKBitmap image)
    {
        var y = image.Height / 2;
        var columns = new List<int>();
        var start = -1;
        for (var x = 0; x < image.Width; x++)
        {
            var green = IsAnswered(image.GetPixel(x, y));
            if (green && start < 0)
            {
                start = x;
            }
            else if (!green && start >= 0)
            {
                columns.Add(start + 3);
                start = -1;
            }
        }

        return columns;
    }

    /// <summary>How far up the green run goes from the middle of the image in column x.</summary>
    private static int TopOfRun(SKBitmap image, int x)
    {
        var y = image.Height / 2;
        while (y > 0 && IsAnswered(image.GetPixel(x, y - 1)))
        {
            y--;
        }

        return y;
    }

    private static int BottomOfRun(SKBitmap image, int x)
    {
        var y = image.Height / 2;
        while (y < image.Height - 1 && IsAnswered(image.GetPixel(x, y + 1)))
        {
            y++;
        }

        return y;
    }

    private static bool IsAnswered(SKColor c) =>
        Math.Abs(c.Red - Answered.Red) < 8 && Math.Abs(c.Green - Answered.Green) < 8 && Math.Abs(c.Blue - Answered.Blue) < 8;
}
