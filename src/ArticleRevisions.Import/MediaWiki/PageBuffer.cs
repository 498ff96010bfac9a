using System.Text;

namespace ArticleRevisions.Import.MediaWiki;

/// <summary>
/// Holds one page's revisions until the page ends, so they can be put in time order. Texts stay in memory up to a
/// budget; past it they are moved to a temporary file that is deleted when the buffer is, so a page with a huge
/// history costs memory only for its revisions' metadata.
/// </summary>
internal sealed class PageBuffer : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string spillDirectory;
    private readonly long budgetChars;
    private readonly List<RawRevision> revisions = [];
    private readonly List<(long Offset, int Length)> spilled = [];
    private long charsInMemory;
    private FileStream? spill;

    public PageBuffer(string spillDirectory, long budgetChars)
    {
        this.spillDirectory = spillDirectory;
        this.budgetChars = budgetChars;
    }

    public int Count => revisions.Count;

    public IReadOnlyList<RawRevision> Revisions => revisions;

    public void Add(RawRevision revision)
    {
        revisions.Add(revision);
        spilled.Add((-1, 0));
        charsInMemory += revision.Text?.Length ?? 0;
        if (charsInMemory > budgetChars)
        {
            SpillAll();
        }
    }

    /// <summary>The text of the revision at <paramref name="index"/>, from memory or from the temporary file.</summary>
    public string TextOf(int index)
    {
        if (revisions[index].Text is { } text)
        {
            return text;
        }

        var (offset, length) = spilled[index];
        var bytes = new byte[length];
        var file = spill ?? throw new InvalidOperationException("A revision without its text in memory must have been moved to the temporary file.");
        RandomAccess.Read(file.SafeFileHandle, bytes, offset);
        return Utf8.GetString(bytes);
    }

    public void Clear()
    {
        revisions.Clear();
        spilled.Clear();
        charsInMemory = 0;
        spill?.SetLength(0);
    }

    public void Dispose() => spill?.Dispose();

    private void SpillAll()
    {
        spill ??= new FileStream(
            Path.Combine(spillDirectory, $".artrev-page-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            1 << 16,
            FileOptions.DeleteOnClose);
        for (var i = 0; i < revisions.Count; i++)
        {
            if (revisions[i].Text is not { } text)
            {
                continue;
            }

            var bytes = Utf8.GetBytes(text);
            var offset = spill.Length;
            RandomAccess.Write(spill.SafeFileHandle, bytes, offset);
            spill.SetLength(offset + bytes.Length);
            spilled[i] = (offset, bytes.Length);
            revisions[i] = revisions[i] with { Text = null };
        }

        charsInMemory = 0;
    }
}
