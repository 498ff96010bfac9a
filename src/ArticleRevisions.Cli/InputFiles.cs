using ArticleRevisions.Storage;
using ArticleRevisions.Text;

namespace ArticleRevisions.Cli;

/// <summary>Reads the files users name, so errors name the path as they typed it.</summary>
internal static class InputFiles
{
    /// <summary>The environment variable that raises (or lowers) the size limit of one text, in MiB.</summary>
    public const string MaxTextVariable = "ARTREV_MAX_TEXT_MIB";

    /// <summary>
    /// Reads a text file, or standard input for <c>-</c>, as strict UTF-8, no larger than the limit (64 MiB, or
    /// <see cref="MaxTextVariable"/>); what is wrong is said with <paramref name="purpose"/>, such as "compared".
    /// </summary>
    public static string ReadText(string path, CliServices services, string purpose)
    {
        var limit = MaxTextBytes(services);
        try
        {
            if (path == "-")
            {
                using var stdin = services.OpenStandardInput();
                return ArticleText.ReadStream(stdin, "-", limit);
            }

            RequireFile(path);
            return ArticleText.ReadFile(path, limit);
        }
        catch (TextDecodingException e)
        {
            throw new CliException($"{e.SourceName}: cannot be {purpose}: {e.Reason}", e);
        }
        catch (TextTooLargeException e)
        {
            throw new CliException($"{e.Message[..^1]}; set {MaxTextVariable} to a larger number of MiB to raise it.", e);
        }
    }

    private static long MaxTextBytes(CliServices services)
    {
        var value = services.GetEnvironmentVariable(MaxTextVariable);
        if (string.IsNullOrEmpty(value))
        {
            return ArticleText.DefaultMaxBytes;
        }

        return long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mebibytes) && mebibytes is > 0 and <= 1024 * 1024
            ? mebibytes * 1024 * 1024
            : throw new CliException($"{MaxTextVariable}={value}: give the largest text to read as a whole number of MiB, such as 64.");
    }

    /// <summary>Opens a history the parser has already checked exists; <see cref="FileInfo.ToString"/> is the path as typed.</summary>
    public static HistoryFile OpenHistory(FileInfo file, HistoryFileOptions? options = null) => HistoryFile.Open(file.ToString(), options);

    /// <summary>Checks a path given as plain text (one that may also be <c>-</c> or a revision) names an existing file.</summary>
    public static void RequireFile(string path)
    {
        if (path.Length == 0)
        {
            throw new CliException("a file name is empty; give the path of a file.");
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            // An argument list of strings takes a mistyped option too.
            throw new CliException(path.StartsWith("--", StringComparison.Ordinal) ? $"{path}: no such option (nor file); see --help." : $"{path}: no such file.");
        }
    }
}
