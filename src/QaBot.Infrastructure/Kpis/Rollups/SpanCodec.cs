using QaBot.Core.Kpis.Accumulation;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// Compact storage of the operators' concurrency spans of a stored slice. Spans are most of a day's aggregate
/// (about 90 % of its JSON), and a long period sweeps a million of them, so they are kept out of the JSON as
/// delta-encoded ticks and decoded straight into sweep events (<see cref="ConcurrencyStack"/>). Spans of zero length are
/// dropped: the concurrency sweep ignores them.
/// </summary>
internal static class SpanCodec
{
    private const byte FormatVersion = 1;

    public static byte[] Encode(KpiAccumulator accumulator)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(FormatVersion);
            writer.Write7BitEncodedInt(accumulator.ByOperator.Count);
            foreach (var (id, op) in accumulator.ByOperator.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                var spans = op.ActiveSpans.Where(s => s.To > s.From).Select(s => (From: s.From.UtcTicks, To: s.To.UtcTicks)).Order().ToList();
                writer.Write(id);
                writer.Write7BitEncodedInt(spans.Count);
                long previous = 0;
                foreach (var (from, to) in spans)
                {
                    writer.Write7BitEncodedInt64(from - previous);
                    writer.Write7BitEncodedInt64(to - from);
                    previous = from;
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Appends each operator's span starts and ends, as <see cref="ConcurrencyStack"/> sweep events.</summary>
    public static void DecodeInto(byte[] data, Dictionary<string, List<long>> eventsByOperator)
    {
        using var reader = new BinaryReader(new MemoryStream(data, writable: false));
        var version = reader.ReadByte();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Stored concurrency spans have format {version}; this version reads {FormatVersion}. Rebuild the KPI rollups.");
        }

        var operators = reader.Read7BitEncodedInt();
        for (var i = 0; i < operators; i++)
        {
            var id = reader.ReadString();
            var count = reader.Read7BitEncodedInt();
            if (!eventsByOperator.TryGetValue(id, out var events))
            {
                eventsByOperator[id] = events = new List<long>(count * 2);
            }

            long from = 0;
            for (var k = 0; k < count; k++)
            {
                from += reader.Read7BitEncodedInt64();
                var to = from + reader.Read7BitEncodedInt64();
                events.Add(ConcurrencyStack.StartEvent(from));
                events.Add(ConcurrencyStack.EndEvent(to));
            }
        }
    }
}
