using ArticleRevisions.Fuzzing.Targets;

namespace ArticleRevisions.Fuzzing;

/// <summary>Every target, by name. Add a new target's file under Targets/ and one line here.</summary>
public static class FuzzTargets
{
    /// <summary>Gets every target.</summary>
    public static IReadOnlyList<IFuzzTarget> All { get; } = [new HistoryReaderTarget(), new TimeInputTarget()];

    /// <summary>Finds a target by name.</summary>
    /// <param name="name">The target's name.</param>
    /// <returns>The target, or null when none has that name.</returns>
    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
