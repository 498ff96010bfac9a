namespace ArticleRevisions.Reports;

/// <summary>A walk through a log's or timeline's revisions, oldest first, one reused <see cref="EntryRow"/> at a time.</summary>
/// <remarks>Internal: what the renderers of a long history walk; the public models hand out <see cref="RevisionEntry"/> objects made from it. Not thread-safe.</remarks>
internal abstract class EntryWalk : IDisposable
{
    /// <summary>Starts a walk that writes its revisions into <paramref name="row"/> (a new row when null).</summary>
    protected EntryWalk(EntryRow? row = null)
    {
        Row = row ?? new EntryRow();
    }

    /// <summary>Gets the current revision, overwritten by each <see cref="MoveNext"/>.</summary>
    public EntryRow Row { get; }

    /// <summary>A walk over entries already made.</summary>
    public static EntryWalk Over(IEnumerable<RevisionEntry> entries) => new Listed(entries);

    /// <summary>The walk's revisions, each a new <see cref="RevisionEntry"/>.</summary>
    public static IEnumerable<RevisionEntry> Entries(Func<EntryWalk> open)
    {
        using var walk = open();
        while (walk.MoveNext())
        {
            yield return walk.Row.ToEntry();
        }
    }

    /// <summary>Moves to the next revision; false after the last.</summary>
    public abstract bool MoveNext();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the walk holds open.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Only the revisions <paramref name="lists"/> lets through.</summary>
    public EntryWalk Where(Func<EntryRow, bool> lists) => new Filtered(this, lists);

    private sealed class Listed(IEnumerable<RevisionEntry> entries) : EntryWalk
    {
        private readonly IEnumerator<RevisionEntry> each = entries.GetEnumerator();

        public override bool MoveNext()
        {
            if (!each.MoveNext())
            {
                return false;
            }

            Row.Set(each.Current);
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            each.Dispose();
            base.Dispose(disposing);
        }
    }

    private sealed class Filtered(EntryWalk inner, Func<EntryRow, bool> lists) : EntryWalk(inner.Row)
    {
        public override bool MoveNext()
        {
            while (inner.MoveNext())
            {
                if (lists(inner.Row))
                {
                    return true;
                }
            }

            return false;
        }

        protected override void Dispose(bool disposing)
        {
            inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
