using System.Globalization;
using ArticleRevisions.Model;
using ArticleRevisions.Text;
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
        var zone = history.Article.Zone;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= history.Count
                ? ParseResult<Revision>.ForValue(history.GetRevision(number))
                : Failure(history.Count == 0
                    ? $"revision {text} does not exist: the history has no revisions."
                    : $"revision {text} does not exist: the history has revisions 1 to {history.Count}.");
        }

        var time = TimeInput.Parse(text, zone);
        if (!time.Success)
        {
            return Failure($"revision '{text}' is neither a revision number nor a time: {time.Exception.Message}");
        }

        if (history.AsOf(time.Value) is { } revision)
        {
            return ParseResult<Revision>.ForValue(revision);
        }

        return Failure(history.Count == 0
            ? $"no revision was current at {TimeFormat.InZone(time.Value, zone)}: the history has no revisions."
            : $"no revision was current at {TimeFormat.InZone(time.Value, zone)}: revision 1 became current at {TimeFormat.InZone(history.GetRevision(1).At, zone)}.");
    }

    private static ParseResult<Revision> Failure(string message) =>
        ParseResult<Revision>.ForException(() => new FormatException(message));
}
