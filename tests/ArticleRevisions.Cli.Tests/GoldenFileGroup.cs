namespace ArticleRevisions.Cli.Tests;

/// <summary>The golden-file tests change the process's current folder, so they run alone, after the others.</summary>
[CollectionDefinition(nameof(GoldenFileTests), DisableParallelization = true)]
public sealed class GoldenFileGroup;
