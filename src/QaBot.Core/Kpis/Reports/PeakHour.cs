namespace QaBot.Core.Kpis.Reports;

/// <summary>One busy weekday × hour cell (business time zone).</summary>
/// <param name="Weekday">Lower-case English weekday name, e.g. <c>monday</c>.</param>
/// <param name="Hour">Hour of day 0–23.</param>
/// <param name="Chats">Chats that started in that cell over the period.</param>
public sealed record PeakHour(string Weekday, int Hour, int Chats);
