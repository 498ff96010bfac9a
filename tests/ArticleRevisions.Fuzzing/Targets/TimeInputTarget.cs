using System.Text;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Fuzzing.Targets;

/// <summary>
/// The time-input parser: any text, read in zones with and without daylight saving. Documented behaviour: a
/// successful or failed <c>ParseResult</c>, never an exception; a failure's exception is a <see cref="FormatException"/>.
/// </summary>
public sealed class TimeInputTarget : IFuzzTarget
{
    private static readonly DateTimeZone[] Zones = [DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["Europe/Kyiv"], DateTimeZoneProviders.Tzdb["America/St_Johns"], DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"]];

    /// <inheritdoc/>
    public string Name => "time-input";

    /// <inheritdoc/>
    public IEnumerable<byte[]> Seeds() => SeedTexts.Select(Encoding.UTF8.GetBytes);

    private static readonly string[] SeedTexts =
        [
            "2025-01-07T08:12:00Z", "2025-01-07T10:12+02:00", "2025-01-07T10:12:30.5+02", "2025-01-07 10:12:00 +02:00",
            "2025-01-07T10:12+0200", "2025-01-07t08:12z", "2025-01-07T10:12", "2025-01-07 10:12:00", "2025-01-07",
            "2025-03-30T03:30", "2025-10-26T03:30", "2025-11-02 01:30", "9999-12-31T23:59:59.999999999Z", "0001-01-01",
        ];

    /// <inheritdoc/>
    public void Run(ReadOnlySpan<byte> input)
    {
        var text = Encoding.UTF8.GetString(input);
        foreach (var zone in Zones)
        {
            var result = TimeInput.Parse(text, zone);
            if (!result.Success && result.Exception is not FormatException)
            {
                throw new InvalidOperationException($"A failed parse of '{text}' carries {result.Exception.GetType().Name}, not a FormatException.");
            }
        }
    }
}
