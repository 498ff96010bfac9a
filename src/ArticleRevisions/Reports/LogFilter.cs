using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>Which revisions a <see cref="RevisionLog"/> lists.</summary>
/// <remarks>This type is immutable and thread-safe. The default lists every revision.</remarks>
public sealed record LogFilter
{
    /// <summary>Gets the filter that lists every revision.</summary>
    public static LogFilter All { get; } = new();

    /// <summary>Gets the earliest instant a listed revision may have become current, inclusive; null for no bound.</summary>
    public Instant? Since { get; init; }

    /// <summary>Gets the latest instant a listed revision may have become current, inclusive; null for no bound.</summary>
    public Instant? Until { get; init; }

    /// <summary>Gets whether only substantive revisions are listed.</summary>
    public bool SubstantiveOnly { get; init; }

    /// <summary>Tells whether <paramref name="instant"/> lies within <see cref="Since"/> and <see cref="Until"/>.</summary>
    internal bool Includes(Instant instant) => (Since is not { } since || instant >= since) && (Until is not { } until || instant <= until);
}
