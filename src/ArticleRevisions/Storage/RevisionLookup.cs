namespace ArticleRevisions.Storage;

/// <summary>
/// Finds the number of the revision a chain hash (64 lowercase hexadecimal digits, as a facts sidecar line holds it)
/// belongs to, among revisions 1 to a count, expecting lines in revision order: each hash is first compared with the
/// revision after the last one found, read from the index; only a hash out of that order builds the
/// <see cref="RevisionHashTable"/> (12 bytes a revision) that answers the rest.
/// </summary>
/// <remarks>A sidecar written by appends is in revision order, so a scan of it builds no table. Mutable, for one scan; not thread-safe.</remarks>
internal sealed class RevisionLookup
{
    private readonly HistoryFile file;
    private readonly int count;
    private readonly byte[] hash = new byte[32];
    private readonly char[] hex = new char[64];
    private RevisionHashTable? table;
    private int next = 1;
    private int expected;

    /// <summary>Creates a lookup among revisions 1 to <paramref name="count"/> of <paramref name="file"/>.</summary>
    public RevisionLookup(HistoryFile file, int count)
    {
        (this.file, this.count) = (file, count);
    }

    /// <summary>Gets whether the lookup had to build its table (a hash came out of revision order).</summary>
    public bool BuiltTable => table is not null;

    /// <summary>The number of the revision whose chain hash is <paramref name="hexadecimal"/>; 0 when none of them has it.</summary>
    public int NumberOf(ReadOnlySpan<byte> hexadecimal)
    {
        if (next <= count && hexadecimal.Length == hex.Length)
        {
            if (expected != next)
            {
                file.CopyRevisionHash(next, hash);
                Convert.TryToHexStringLower(hash, hex, out _);
                expected = next;
            }

            if (System.Text.Ascii.Equals(hexadecimal, hex))
            {
                return next++;
            }
        }

        table ??= file.RevisionHashes(count);
        var found = table.NumberOf(hexadecimal);
        next = found > 0 ? found + 1 : next;
        return found;
    }
}
