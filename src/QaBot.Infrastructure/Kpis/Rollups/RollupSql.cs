using System.Data.Common;
using System.Globalization;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>ADO.NET helpers of <see cref="KpiRollupStore"/>: parameters and readers that work alike on SQLite and PostgreSQL.</summary>
internal static class RollupSql
{
    public static async Task<List<DirtyMark>> ReadMarksAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var marks = new List<DirtyMark>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var mark = new DirtyMark(Long(reader, 0), Long(reader, 1), (DirtyScope)Long(reader, 2));
            // A change at an instant no day can hold (an out-of-range row; its chat is skipped and logged when read).
            if (Storage.StoredInstants.HourInRange(mark.Hour) && Storage.StoredInstants.HourInRange(mark.NewestHour))
            {
                marks.Add(mark);
            }
        }

        return marks;
    }

    public static void AddRange(DbCommand command, DateOnly before, DateOnly from, DateOnly to)
    {
        Add(command, "before", before.DayNumber);
        Add(command, "from", from.DayNumber);
        Add(command, "to", to.DayNumber);
    }

    public static object Micros(DateTimeOffset? instant) => instant is { } at ? ToMicros(at) : DBNull.Value;

    public static DateTimeOffset? Instant(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : FromMicros(Long(reader, i));

    public static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    public static DbParameter Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static long Long(DbDataReader reader, int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
}
