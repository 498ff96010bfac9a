namespace ArticleRevisions.Cli;

/// <summary>An expected problem with what the user asked for, reported as one line on standard error.</summary>
internal sealed class CliException(string message, Exception? inner = null) : Exception(message, inner);
