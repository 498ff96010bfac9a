namespace ArticleRevisions.Fuzzing;

/// <summary>What a fuzzing run did.</summary>
/// <param name="Target">The target's name.</param>
/// <param name="Executions">How many inputs ran.</param>
/// <param name="Failed">How many inputs made an exception escape the target.</param>
/// <param name="Elapsed">How long it took.</param>
/// <param name="Failures">The first few failing inputs and their exceptions.</param>
public sealed record FuzzReport(string Target, long Executions, long Failed, TimeSpan Elapsed, IReadOnlyList<(byte[] Input, Exception Error)> Failures);
