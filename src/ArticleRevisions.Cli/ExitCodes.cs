namespace ArticleRevisions.Cli;

/// <summary>The process exit codes, following diff(1).</summary>
internal static class ExitCodes
{
    /// <summary>Success; for a comparison, the versions are the same.</summary>
    public const int Success = 0;

    /// <summary>A comparison found differences.</summary>
    public const int Differences = 1;

    /// <summary>Trouble: bad arguments, a missing or malformed file, or any other error.</summary>
    public const int Trouble = 2;
}
