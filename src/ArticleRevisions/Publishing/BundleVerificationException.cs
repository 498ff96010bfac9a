namespace ArticleRevisions.Publishing;

/// <summary>An evidence bundle failed its check: a file is missing, extra or changed, or a revision no longer hashes to its recorded chain hash.</summary>
/// <remarks>The message is one line naming the file at fault. This type is immutable and thread-safe.</remarks>
public sealed class BundleVerificationException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file at fault (or the bundle's folder).</param>
    /// <param name="problem">What is wrong with it, without the path.</param>
    public BundleVerificationException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Gets the file at fault, or the bundle's folder.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, without the path.</summary>
    public string Problem { get; }
}
