using System.Globalization;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Timeline;

/// <summary>Reads a revision as people name it: by its number, or by a time at which it was current.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RevisionInput
{
    /// <summary>Finds the revision <paramref name="text"/> names in <paramref name="history"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="text">
    /// A revision number (<c>3</c>), or a time in any form <see cref="TimeInput.Parse"/> reads, local times in the
    /// article's zone: the revision current at that time.
    /// </param>
    /// <returns>
    /// The revision, or a failed result whose exception is a <see cref="FormatException"/> saying what is wrong: a
    /// number the history does not have, text that is neither a number nor a time, or a time before the first
    /// revision.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ParseResult<Revision> Parse(ArticleHistory history, string text)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, history.Article.Zone, history.Count, history.GetRevision, history.AsOf);
    }

    /// <summary>Finds the revision <paramref name="text"/> names in a history file, reading only the lines that revision is rebuilt from.</summary>
    /// <param name="file">The history file.</param>
    /// <param name="text">A revision number, or a time as for <see cref="Parse(ArticleHistory, string)"/>.</param>
    /// <returns>The revision, or a failed result as for <see cref="Parse(ArticleHistory, string)"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="Storage.HistoryFormatException">A line the revision is rebuilt from is damaged.</exception>
    public static ParseResult<Revision> Parse(HistoryFile file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, file.Article.Zone, file.Count, file.GetRevision, file.AsOf);
    }

    private static ParseResult<Revision> Parse(string text, DateTimeZone zone, int count, Func<int, Revision> get, Func<Instant, Revision?> asOf)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= count
                ? ParseResult<Revision>.ForValue(get(number))
                : Failure(count == 0
                    ? $"revision {text} does not exist: the history has no revisions."
                    : $"revision {text} does not exist: the history has revisions 1 to {count}.");
        }

        var time = TimeInput.Parse(text, zone);
        if (!time.Success)
        {
            return Failure($"revision '{text}' is neither a revision number nor a time: {time.Exception.Message}");
        }

        if (asOf(time.Value) is { } revision)
        {
            return ParseResult<Revision>.ForValue(revision);
        }

        return Failure(count == 0
            ? $"no revision was current at {TimeFormat.InZone(time.Value, zone)}: the history has no revisions."
            : $"no revision was current at {TimeFormat.InZone(time.Value, zone)}: revision 1 became current at {TimeFormat.InZone(get(1).At, zone)}.");
    }

    private static ParseResult<Revision> Failure(string message) =>
        ParseResult<Revision>.ForException(() => new FormatException(message));
}
