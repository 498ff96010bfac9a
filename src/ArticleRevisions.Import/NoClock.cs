using NodaTime;

namespace ArticleRevisions.Import;

/// <summary>The clock handed to the store by importers: every imported draft carries its own time, so "now" is never asked for.</summary>
internal sealed class NoClock : IClock
{
    public static readonly NoClock Instance = new();

    public Instant GetCurrentInstant() =>
        throw new InvalidOperationException("An imported revision has no time of its own; importers must give every draft a time.");
}
