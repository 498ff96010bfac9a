using System.Globalization;
using NodaTime;

namespace ArticleRevisions.Text;

/// <summary>Writes durations the way people read them: <c>3 h 12 min</c>, <c>2 d 4 h</c>, <c>45 s</c>.</summary>
/// <remarks>Two units at most, largest first; this type is stateless and thread-safe.</remarks>
public static class DurationText
{
    /// <summary>Formats <paramref name="duration"/> with at most two units.</summary>
    /// <param name="duration">The duration; a negative one is written with a leading minus.</param>
    /// <returns>Such as <c>3 h 35 min</c>; <c>0 s</c> for zero.</returns>
    public static string Format(Duration duration)
    {
        if (duration < Duration.Zero)
        {
            return "-" + Format(-duration);
        }

        (long Value, string Unit)[] units =
        [
            ((long)duration.TotalDays, "d"),
            (duration.Hours, "h"),
            (duration.Minutes, "min"),
            (duration.Seconds, "s"),
        ];
        var first = Array.FindIndex(units, u => u.Value > 0);
        if (first < 0)
        {
            return "0 s";
        }

        var text = Part(units[first]);
        return first + 1 < units.Length && units[first + 1].Value > 0 ? $"{text} {Part(units[first + 1])}" : text;
    }

    private static string Part((long Value, string Unit) unit) =>
        unit.Value.ToString(CultureInfo.InvariantCulture) + " " + unit.Unit;
}
