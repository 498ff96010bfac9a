using System.Collections.Immutable;

namespace ArticleRevisions.Capture.Watching;

/// <summary>When a collection raises alerts and where it sends them besides its Atom feed file.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AlertSettings
{
    /// <summary>Gets the default: alerts for substantive edits, no phrase filter, no webhook.</summary>
    public static AlertSettings Default { get; } = new();

    /// <summary>Gets which edits raise an alert.</summary>
    public AlertFilter On { get; init; } = AlertFilter.Substantive;

    /// <summary>Gets phrases of which at least one must be added, removed or inside the changed text for an alert; none means every edit that passes <see cref="On"/>.</summary>
    public ImmutableArray<string> Phrases { get; init; } = [];

    /// <summary>Gets the URL each alert's JSON is POSTed to, if any.</summary>
    public Uri? Webhook { get; init; }
}
