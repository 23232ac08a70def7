using System.Globalization;
using ScottPlot;

namespace QaBot.Infrastructure.Charts;

/// <summary>
/// The bot's charts as PNG (ScottPlot 5): chats per day, service level per day against the target, weekday × hour
/// heatmap, and the operator leaderboard. Pure rendering: numbers in, bytes out; a plot per call, so calls may run in parallel.
/// </summary>
public static class ChartRenderer
{
    public const int Width = 1000;
    public const int Height = 560;

    private static readonly Color AnsweredColor = Color.FromHex("#2e8b57");
    private static readonly Color MissedColor = Color.FromHex("#cd5c5c");
    private static readonly Color OtherColor = Color.FromHex("#b0b0b0");
    private static readonly Color LineColor = Color.FromHex("#1f77b4");

    /// <summary>Stacked bars per day: answered, missed, other (short abandons, waiting).</summary>
    public static byte[] Volume(IReadOnlyList<DailyPoint> days, ChartLabels labels)
    {
        using var plot = NewPlot(labels.Title);
        var bars = new List<Bar>();
        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            bars.Add(new Bar { Position = i, ValueBase = 0, Value = d.Answered, FillColor = AnsweredColor, LineWidth = 0 });
            bars.Add(new Bar { Position = i, ValueBase = d.Answered, Value = d.Answered + d.Missed, FillColor = MissedColor, LineWidth = 0 });
            bars.Add(new Bar { Position = i, ValueBase = d.Answered + d.Missed, Value = d.Answered + d.Missed + d.Other, FillColor = OtherColor, LineWidth = 0 });
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = labels.Answered, FillColor = AnsweredColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = labels.Missed, FillColor = MissedColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = labels.Other, FillColor = OtherColor });
        // Below the plot, never over a bar.
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.Bottom.TickGenerator = DayTicks(days);
        plot.Axes.Margins(bottom: 0);
        plot.YLabel(labels.Chats);
        return Png(plot);
    }

    /// <summary>Service level per day (days without answered or missed chats are left out), with the target line.</summary>
    public static byte[] ServiceLevel(IReadOnlyList<DailyPoint> days, double target, ChartLabels labels)
    {
        using var plot = NewPlot(labels.Title);
        var points = days.Select((d, i) => (i, d.ServiceLevel)).Where(p => p.ServiceLevel is not null).ToList();
        if (points.Count > 0)
        {
            var line = plot.Add.Scatter(points.Select(p => (double)p.i).ToArray(), points.Select(p => p.ServiceLevel!.Value * 100).ToArray(), LineColor);
            line.LegendText = labels.ServiceLevel;
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }

        var targetLine = plot.Add.HorizontalLine(target * 100, 2, MissedColor, LinePattern.Dashed);
        targetLine.LegendText = $"{labels.Target} {(target * 100).ToString("0", CultureInfo.InvariantCulture)}%";
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.Bottom.TickGenerator = DayTicks(days);
        plot.Axes.SetLimits(-0.5, Math.Max(0.5, days.Count - 0.5), 0, 105);
        plot.YLabel(labels.ServiceLevel + ", %");
        return Png(plot);
    }

    /// <summary>Chats started per weekday (rows, Monday on top) × hour (columns).</summary>
    public static byte[] Heatmap(IReadOnlyList<IReadOnlyList<int>> byWeekday, ChartLabels labels)
    {
        using var plot = NewPlot(labels.Title);
        var data = new double[7, 24];
        for (var day = 0; day < 7 && day < byWeekday.Count; day++)
        {
            for (var hour = 0; hour < 24 && hour < byWeekday[day].Count; hour++)
            {
                data[day, hour] = byWeekday[day][hour];
            }
        }

        var heatmap = plot.Add.Heatmap(data);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        var colorBar = plot.Add.ColorBar(heatmap);
        colorBar.Label = labels.ChatsPerHour;
        var hours = new ScottPlot.TickGenerators.NumericManual();
        for (var hour = 0; hour < 24; hour += 2)
        {
            hours.AddMajor(hour, hour.ToString("00", CultureInfo.InvariantCulture));
        }

        var weekdays = new ScottPlot.TickGenerators.NumericManual();
        for (var day = 0; day < 7; day++)
        {
            // Row 0 is drawn at the top, so Monday reads first.
            weekdays.AddMajor(6 - day, labels.Weekdays[day]);
        }

        plot.Axes.Bottom.TickGenerator = hours;
        plot.Axes.Left.TickGenerator = weekdays;
        return Png(plot);
    }

    /// <summary>
    /// Horizontal bars of chats handled, busiest operator on top. A name no font on the machine can draw is shown as
    /// the operator id (never as boxes).
    /// </summary>
    public static byte[] Leaderboard(IReadOnlyList<(string Name, string Id, int Chats)> operators, ChartLabels labels)
    {
        using var plot = NewPlot(labels.Title);
        var top = operators.OrderByDescending(o => o.Chats).Take(20).ToList();
        var names = LeaderboardNames(top.Select(o => (o.Name, o.Id)).ToList());
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var bars = new List<Bar>();
        for (var i = 0; i < top.Count; i++)
        {
            var position = top.Count - 1 - i;
            bars.Add(new Bar { Position = position, Value = top[i].Chats, FillColor = LineColor, LineWidth = 0 });
            ticks.AddMajor(position, names[i]);
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plot.Axes.Left.TickGenerator = ticks;
        if (ChartFonts.FamilyForAll(names) is { } family)
        {
            plot.Axes.Left.TickLabelStyle.FontName = family;
        }

        plot.Axes.Margins(left: 0);
        plot.XLabel(labels.Chats);
        return Png(plot);
    }

    /// <summary>The label each operator gets: their name when a font here draws it, else their id, else their rank.</summary>
    public static IReadOnlyList<string> LeaderboardNames(IReadOnlyList<(string Name, string Id)> operators)
    {
        ChartFonts.EnsureLoaded();
        return [.. operators.Select((o, i) => ChartFonts.Drawable(o.Name) ? o.Name : ChartFonts.Drawable(o.Id) ? o.Id : $"#{i + 1}")];
    }

    private static Plot NewPlot(string title)
    {
        ChartFonts.EnsureLoaded();
        var plot = new Plot();
        plot.Title(title);
        if (ChartFonts.FamilyFor(title) is { } family)
        {
            plot.Axes.Title.Label.FontName = family;
        }

        return plot;
    }

    private static ScottPlot.TickGenerators.NumericManual DayTicks(IReadOnlyList<DailyPoint> days)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var step = Math.Max(1, (int)Math.Ceiling(days.Count / 15.0));
        for (var i = 0; i < days.Count; i += step)
        {
            ticks.AddMajor(i, days[i].Day.ToString("MM-dd", CultureInfo.InvariantCulture));
        }

        return ticks;
    }

    private static byte[] Png(Plot plot) => plot.GetImageBytes(Width, Height, ImageFormat.Png);
}
