namespace ArticleRevisions.Fuzzing;

/// <summary>
/// One thing to fuzz: it takes any bytes and either succeeds or throws one of the exceptions its API documents,
/// which the target catches itself. Anything else that escapes <see cref="Run"/> is a failure.
/// </summary>
public interface IFuzzTarget
{
    /// <summary>Gets the target's name on the command line (<c>run NAME</c>, <c>afl NAME</c>).</summary>
    string Name { get; }

    /// <summary>Gets the inputs mutation starts from: valid, interesting examples.</summary>
    /// <returns>The seeds.</returns>
    IEnumerable<byte[]> Seeds();

    /// <summary>Feeds <paramref name="input"/> to the code under test.</summary>
    /// <param name="input">Any bytes.</param>
    void Run(ReadOnlySpan<byte> input);
}
