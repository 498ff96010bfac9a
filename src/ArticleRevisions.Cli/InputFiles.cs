using ArticleRevisions.Storage;
using ArticleRevisions.Text;

namespace ArticleRevisions.Cli;

/// <summary>Reads the files users name, so errors name the path as they typed it.</summary>
internal static class InputFiles
{
    /// <summary>Reads a text file, or standard input for <c>-</c>, as strict UTF-8.</summary>
    public static string ReadText(string path, CliServices services)
    {
        if (path == "-")
        {
            using var stdin = services.OpenStandardInput();
            return ArticleText.ReadStream(stdin, "-");
        }

        RequireFile(path);
        return ArticleText.ReadFile(path);
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
            throw new CliException($"{path}: no such file.");
        }
    }
}
