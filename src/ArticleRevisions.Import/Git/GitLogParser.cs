using System.Text;
using ArticleRevisions.Text;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Import.Git;

/// <summary>
/// Reads the output of <c>git log --raw --no-abbrev -z</c> with <see cref="Format"/>: each commit is a record that
/// starts with U+001E, its fields separated by U+001F and ended by NUL, followed by its raw diff entries.
/// </summary>
internal static class GitLogParser
{
    public const string Format = "--format=%x1e%H%x1f%aI%x1f%aN%x1f%aE%x1f%s";

    private const byte RecordStart = 0x1E;
    private const char FieldSeparator = '\u001f';
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The commits in the order git listed them (newest first); commits with no change to the file are left out.</summary>
    public static List<GitLogEntry> Parse(ReadOnlySpan<byte> output, string sourceName)
    {
        var entries = new List<GitLogEntry>();
        var position = 0;
        while (position < output.Length)
        {
            if (output[position] != RecordStart)
            {
                throw new ImportException(sourceName, 0, $"unexpected output from git log at byte {position}.");
            }

            var end = NextRecord(output, position + 1);
            if (ParseRecord(output[(position + 1)..end], sourceName) is { } entry)
            {
                entries.Add(entry);
            }

            position = end;
        }

        return entries;
    }

    private static int NextRecord(ReadOnlySpan<byte> output, int from)
    {
        for (var i = from; i < output.Length; i++)
        {
            // A record starts only after the NUL (or newline) that ends the one before, never inside a subject.
            if (output[i] == RecordStart && (output[i - 1] == 0 || output[i - 1] == (byte)'\n'))
            {
                return i;
            }
        }

        return output.Length;
    }

    private static GitLogEntry? ParseRecord(ReadOnlySpan<byte> record, string sourceName)
    {
        var headerEnd = record.IndexOf((byte)0);
        if (headerEnd < 0)
        {
            headerEnd = record.Length;
        }

        var fields = Lenient.GetString(record[..headerEnd]).Split(FieldSeparator, 5);
        if (fields.Length != 5 || fields[0].Length is not (40 or 64) || !fields[0].All(char.IsAsciiHexDigitLower))
        {
            throw new ImportException(sourceName, 0, "unexpected output from git log: a commit record without its hash, date, author and subject.");
        }

        var tokens = Tokens(record[Math.Min(headerEnd + 1, record.Length)..]);
        string? path = null, blob = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith(':'))
            {
                continue;
            }

            var parts = token.Split(' ');
            if (parts.Length != 5 || i + 1 >= tokens.Count)
            {
                throw new ImportException(sourceName, 0, $"unexpected raw diff entry from git log in commit {fields[0]}.");
            }

            var status = parts[4];
            var renamed = status.StartsWith('R') || status.StartsWith('C');
            if (renamed && i + 2 >= tokens.Count)
            {
                throw new ImportException(sourceName, 0, $"unexpected rename entry from git log in commit {fields[0]}.");
            }

            path = renamed ? tokens[i + 2] : tokens[i + 1];
            blob = status.StartsWith('D') || parts[3].All(c => c == '0') ? null : parts[3];
            i += renamed ? 2 : 1;
        }

        return path is null ? null : new GitLogEntry(fields[0], fields[1], ParseDate(fields[1], fields[0], sourceName), fields[2], fields[3], fields[4], path, blob);
    }

    private static List<string> Tokens(ReadOnlySpan<byte> rest)
    {
        var tokens = new List<string>();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)0);
            var token = end < 0 ? rest : rest[..end];
            var text = Lenient.GetString(token).TrimStart('\n');
            if (text.Length > 0)
            {
                tokens.Add(text);
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return tokens;
    }

    internal static Instant ParseDate(string text, string commit, string sourceName)
    {
        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value.ToInstant();
        }

        var fallback = TimeInput.Parse(text, DateTimeZone.Utc);
        return fallback.Success
            ? fallback.Value
            : throw new ImportException(sourceName, 0, $"commit {commit} has the author date '{text}', which is not an ISO-8601 time with an offset.");
    }
}
