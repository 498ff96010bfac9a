using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>The answer to "what changed between these two versions?": the comparison and what was compared.</summary>
/// <remarks>
/// Every diff renderer in <c>ArticleRevisions.Rendering</c> writes one of these. This type is immutable and
/// thread-safe.
/// </remarks>
public sealed class Comparison
{
    private readonly DateTimeZone? zone;

    /// <summary>Creates a comparison from its parts.</summary>
    /// <param name="old">The earlier version's name and time.</param>
    /// <param name="new">The later version's name and time.</param>
    /// <param name="zone">The zone the versions' times are shown in (the article's).</param>
    /// <param name="result">The comparison of their texts.</param>
    /// <param name="classification">How the later version, a revision of a history, changed the one just before it (see <see cref="Classification"/>); null otherwise.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="classification"/> is null.</exception>
    public Comparison(ComparedVersion old, ComparedVersion @new, DateTimeZone zone, DiffResult result, RevisionFacts? classification = null)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(result);
        Old = old;
        New = @new;
        this.zone = zone;
        Result = result;
        Classification = classification;
    }

    // Two texts have no times: their zone is UTC, asked for only by the formats that show a time, so a diff in the
    // other formats never starts NodaTime's zone machinery (a few percent of a small diff's whole process).
    private Comparison(ComparedVersion old, ComparedVersion @new, DiffResult result)
    {
        Old = old;
        New = @new;
        Result = result;
    }

    /// <summary>Gets the earlier version's name and time.</summary>
    public ComparedVersion Old { get; }

    /// <summary>Gets the later version's name and time.</summary>
    public ComparedVersion New { get; }

    /// <summary>Gets the zone the versions' times are shown in.</summary>
    public DateTimeZone Zone => zone ?? DateTimeZone.Utc;

    /// <summary>
    /// Gets how the later revision changed the one just before it, as the history's log tells it (verdict, labels,
    /// the revision a revert returns to), when the comparison is of a revision with the one just before it in a
    /// history; null otherwise (two texts, a text, or revisions further apart).
    /// </summary>
    public RevisionFacts? Classification { get; }

    /// <summary>Gets the comparison of the two texts.</summary>
    public DiffResult Result { get; }

    /// <summary>Compares two texts, such as two files.</summary>
    /// <param name="oldText">The earlier text.</param>
    /// <param name="newText">The later text.</param>
    /// <param name="options">How to compare; <see cref="DiffOptions.Default"/> when null.</param>
    /// <param name="oldLabel">The earlier text's name, such as its path. Default: <c>old</c>.</param>
    /// <param name="newLabel">The later text's name. Default: <c>new</c>.</param>
    /// <returns>The comparison, with no times, shown in UTC.</returns>
    /// <exception cref="ArgumentNullException">A text or label is null.</exception>
    public static Comparison OfTexts(string oldText, string newText, DiffOptions? options = null, string oldLabel = "old", string newLabel = "new") =>
        new(new ComparedVersion(oldLabel), new ComparedVersion(newLabel), TextDiffer.Compare(oldText, newText, options));

    /// <summary>Compares two revisions of a history, by default its last two.</summary>
    /// <param name="history">The history.</param>
    /// <param name="from">The earlier revision; the one before <paramref name="to"/> (or before the latest) when null.</param>
    /// <param name="to">The later revision; the latest when null.</param>
    /// <param name="options">How to compare; <see cref="DiffOptions.Default"/> when null.</param>
    /// <returns>The comparison, its versions named <c>revision N</c> with their times, shown in the article's zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The history has fewer than two revisions and a revision was left to default, or a revision given is not one
    /// of this history's.
    /// </exception>
    /// <remarks>
    /// The revisions may be given in either order, or be the same; the comparison runs from the first to the second.
    /// When <paramref name="from"/> is the revision just before <paramref name="to"/>, the revisions before it are
    /// classified too, to tell whether <paramref name="to"/> is a revert (see <see cref="Classification"/>).
    /// </remarks>
    public static Comparison OfRevisions(ArticleHistory history, Revision? from = null, Revision? to = null, DiffOptions? options = null) =>
        OfRevisions(history, from, to, options, null);

    /// <summary>Compares two revisions of a history, given the later one's facts when they are known already.</summary>
    internal static Comparison OfRevisions(ArticleHistory history, Revision? from, Revision? to, DiffOptions? options, RevisionFacts? known)
    {
        ArgumentNullException.ThrowIfNull(history);
        to ??= history.Latest ?? throw new ArgumentException("The history has no revisions to compare.", nameof(history));
        from ??= to.Number > 1
            ? history.GetRevision(to.Number - 1)
            : throw new ArgumentException("Revision 1 has no revision before it to compare with.", nameof(from));
        Belongs(history, from, nameof(from));
        Belongs(history, to, nameof(to));
        var classification = from.Number != to.Number - 1
            ? null
            : known ?? RevisionFacts.Of(EditClassifier.Classify(history.Revisions, to.Number)[^1]);
        return new Comparison(Describe(from), Describe(to), history.Article.Zone, TextDiffer.Compare(from.Text, to.Text, options), classification);
    }

    /// <summary>Compares a revision of a history, by default its latest, with a text such as a fresh copy of the page.</summary>
    /// <param name="history">The history.</param>
    /// <param name="revision">The revision; the latest when null.</param>
    /// <param name="text">The text to compare it with, the later version.</param>
    /// <param name="options">How to compare; <see cref="DiffOptions.Default"/> when null.</param>
    /// <param name="label">The text's name, such as its path. Default: <c>text</c>.</param>
    /// <returns>The comparison from the revision (named <c>revision N</c> with its time) to the text, shown in the article's zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/>, <paramref name="text"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">The history has no revisions, or <paramref name="revision"/> is not one of its own.</exception>
    /// <remarks>The everyday question "has it changed since my last capture?".</remarks>
    public static Comparison OfRevisionAndText(ArticleHistory history, Revision? revision, string text, DiffOptions? options = null, string label = "text")
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(label);
        revision ??= history.Latest ?? throw new ArgumentException("The history has no revisions to compare.", nameof(history));
        Belongs(history, revision, nameof(revision));
        return new Comparison(Describe(revision), new ComparedVersion(label), history.Article.Zone, TextDiffer.Compare(revision.Text, text, options));
    }

    /// <summary>Compares a revision of a history file, by default its latest, with a text, reading only the lines the revision is rebuilt from.</summary>
    /// <param name="file">The history file.</param>
    /// <param name="revision">The revision's number; the latest when null.</param>
    /// <param name="text">The text to compare it with, the later version.</param>
    /// <param name="options">How to compare; <see cref="DiffOptions.Default"/> when null.</param>
    /// <param name="label">The text's name, such as its path. Default: <c>text</c>.</param>
    /// <returns>
    /// The comparison, as <see cref="OfRevisionAndText(ArticleHistory, Revision, string, DiffOptions, string)"/> gives it;
    /// memory holds the revision and the text, not the history.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/>, <paramref name="text"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">The file has no revisions.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revision"/> is not one of the file's revisions.</exception>
    /// <exception cref="Storage.HistoryFormatException">A line the revision is rebuilt from is damaged.</exception>
    public static Comparison OfRevisionAndText(Storage.HistoryFile file, int? revision, string text, DiffOptions? options = null, string label = "text")
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(label);
        var compared = file.GetRevision(revision ?? (file.Count > 0 ? file.Count : throw new ArgumentException("The history has no revisions to compare.", nameof(file))));
        return new Comparison(Describe(compared), new ComparedVersion(label), file.Article.Zone, TextDiffer.Compare(compared.Text, text, options));
    }

    /// <summary>Compares two revisions of a history file, by default its last two, reading only the lines they are rebuilt from.</summary>
    /// <param name="file">The history file.</param>
    /// <param name="from">The earlier revision's number; the one before <paramref name="to"/> when null.</param>
    /// <param name="to">The later revision's number; the latest when null.</param>
    /// <param name="options">How to compare; <see cref="DiffOptions.Default"/> when null.</param>
    /// <returns>
    /// The comparison, as <see cref="OfRevisions(ArticleHistory, Revision, Revision, DiffOptions)"/> gives it; memory
    /// holds the two revisions, not the history. For a revision and the one just before it, the later one's facts
    /// are derived from the two texts, and whether it is a revert is told from the entries of the history's facts
    /// sidecar that hold its fingerprints (the sidecar is derived first, reading the texts once in order, where it
    /// lacks an earlier revision's entry).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentException">The file has fewer than two revisions and a revision was left to default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number given is not one of the file's revisions.</exception>
    /// <exception cref="Storage.HistoryFormatException">A line a revision is rebuilt from is damaged.</exception>
    public static Comparison OfRevisions(Storage.HistoryFile file, int? from = null, int? to = null, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var laterNumber = to ?? (file.Count > 0 ? file.Count : throw new ArgumentException("The history has no revisions to compare.", nameof(file)));
        Revision earlier, later;
        if (laterNumber >= 2 && laterNumber <= file.Count && (from ?? laterNumber - 1) == laterNumber - 1)
        {
            // A revision and the one before: rebuilt together from the lines they share.
            (earlier, later) = file.GetRevisionPair(laterNumber);
        }
        else
        {
            later = file.GetRevision(laterNumber);
            earlier = file.GetRevision(from ?? (later.Number > 1 ? later.Number - 1 : throw new ArgumentException("Revision 1 has no revision before it to compare with.", nameof(from))));
        }

        var result = TextDiffer.Compare(earlier.Text, later.Text, options);
        // The facts are judged under the default options: with those, the comparison made for the output serves them too.
        var shared = (options ?? DiffOptions.Default) == DiffOptions.Default ? result : null;
        var classification = earlier.Number == later.Number - 1 ? HistoryFacts.ForRevision(file, earlier, later, shared) : null;
        return new Comparison(Describe(earlier), Describe(later), file.Article.Zone, result, classification);
    }

    private static ComparedVersion Describe(Revision revision) => new($"revision {revision.Number}", revision.At);

    private static void Belongs(ArticleHistory history, Revision revision, string parameter)
    {
        if (revision.Number > history.Count || history.GetRevision(revision.Number) != revision)
        {
            throw new ArgumentException($"Revision {revision.Number} is not part of this history.", parameter);
        }
    }
}
