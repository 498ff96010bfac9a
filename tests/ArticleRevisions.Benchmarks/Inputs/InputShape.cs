namespace ArticleRevisions.Benchmarks.Inputs;

/// <summary>The pairs of texts the benchmarks compare.</summary>
public enum InputShape
{
    /// <summary>A 100 KB article and a copy with 1% of its words edited.</summary>
    Edited100KB,

    /// <summary>A 1 MB article and a copy with 1% of its words edited.</summary>
    Edited1MB,

    /// <summary>A 10 MB article and a copy with 1% of its words edited.</summary>
    Edited10MB,

    /// <summary>A 1 MB article and a second, independent article of the same size: a complete rewrite.</summary>
    Rewritten1MB,

    /// <summary>Two independent sequences of 100,000 lines, each line drawn from the same 50 distinct values.</summary>
    RepeatedLines,
}
