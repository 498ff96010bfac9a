using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace ArticleRevisions.Capture.Watching;

/// <summary>Reads and writes intervals the way people type them: <c>90s</c>, <c>15m</c>, <c>1h30m</c>, <c>1d</c>.</summary>
public static partial class IntervalText
{
    /// <summary>Reads an interval.</summary>
    /// <param name="text">Whole numbers with units d, h, m, s, largest first, such as <c>1h30m</c>.</param>
    /// <param name="interval">The interval, when the text is one of at least one second.</param>
    /// <returns><see langword="true"/> when the text is a valid interval.</returns>
    public static bool TryParse(string? text, out Duration interval)
    {
        interval = Duration.Zero;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success || match.Length == 0)
        {
            return false;
        }

        foreach (var (unit, size) in new[] { ("d", Duration.FromDays(1)), ("h", Duration.FromHours(1)), ("m", Duration.FromMinutes(1)), ("s", Duration.FromSeconds(1)) })
        {
            if (match.Groups[unit].Success)
            {
                if (!int.TryParse(match.Groups[unit].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 100_000)
                {
                    return false;
                }

                interval += size * count;
            }
        }

        return interval >= Duration.FromSeconds(1);
    }

    /// <summary>Writes an interval in the form <see cref="TryParse"/> reads, such as <c>1h30m</c>.</summary>
    /// <param name="interval">A whole number of seconds, at least one.</param>
    /// <returns>The text.</returns>
    public static string Format(Duration interval)
    {
        var seconds = (long)interval.TotalSeconds;
        var text = new StringBuilder();
        foreach (var (unit, size) in new[] { ('d', 86400L), ('h', 3600L), ('m', 60L), ('s', 1L) })
        {
            if (seconds >= size)
            {
                text.Append(CultureInfo.InvariantCulture, $"{seconds / size}{unit}");
                seconds %= size;
            }
        }

        return text.Length == 0 ? "0s" : text.ToString();
    }

    [GeneratedRegex(@"^(?:(?<d>\d+)d)?(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:(?<s>\d+)s)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
