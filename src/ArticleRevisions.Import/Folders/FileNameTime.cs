using System.Text.RegularExpressions;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Import.Folders;

/// <summary>
/// Finds an ISO-8601 time in a file name: <c>2025-01-07T10:12:00Z</c>, the same with <c>-</c> for <c>:</c> as Windows
/// requires (<c>2025-01-07T10-12-00+02-00</c>), the basic form <c>20250107T101200Z</c>, <c>_</c> or a space for
/// <c>T</c>, or a bare date <c>2025-01-07</c>. A time without an offset, and a date, are read in the given zone.
/// </summary>
internal static partial class FileNameTime
{
    /// <summary>Returns the time in <paramref name="fileName"/>, null when it has none, or a failure saying why the time it has is not one.</summary>
    public static Instant? Find(string fileName, DateTimeZone zone, out string? error)
    {
        error = null;
        var match = Extended().Match(fileName);
        if (!match.Success)
        {
            match = Basic().Match(fileName);
        }

        if (!match.Success)
        {
            return null;
        }

        var text = match.Groups["date"].Value.Length == 8
            ? $"{match.Groups["date"].Value[..4]}-{match.Groups["date"].Value[4..6]}-{match.Groups["date"].Value[6..]}"
            : match.Groups["date"].Value;
        if (match.Groups["h"].Success)
        {
            text += $"T{match.Groups["h"].Value}:{match.Groups["m"].Value}";
            if (match.Groups["s"].Success)
            {
                text += $":{match.Groups["s"].Value}{match.Groups["f"].Value.Replace(',', '.')}";
            }

            var offset = match.Groups["off"].Value.Replace('−', '-');
            if (offset.Length > 3)
            {
                // +0200 or +02-00 (the Windows form) → +02:00
                offset = $"{offset[..3]}:{offset[^2..]}";
            }

            text += offset;
        }

        var parsed = TimeInput.Parse(text, zone);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        error = $"the time '{match.Value}' in its name is not a valid time ({parsed.Exception.Message.TrimEnd('.')}).";
        return null;
    }

    [GeneratedRegex(@"(?<!\d)(?<date>\d{4}-\d{2}-\d{2})(?:[Tt_ ](?<h>\d{2})[:\-]?(?<m>\d{2})(?:[:\-]?(?<s>\d{2})(?<f>[.,]\d{1,9})?)?(?<off>[Zz]|[+\-−]\d{2}(?:[:\-]?\d{2})?)?)?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Extended();

    [GeneratedRegex(@"(?<!\d)(?<date>\d{8})[Tt](?<h>\d{2})(?<m>\d{2})(?<s>\d{2})?(?<f>[.,]\d{1,9})?(?<off>[Zz]|[+\-]\d{2}(?:\d{2})?)?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Basic();
}
