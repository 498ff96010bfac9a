using System.Globalization;
using System.Text;

namespace ArticleRevisions.Benchmarks.Inputs;

/// <summary>Writes every input pair to files, so other tools (git) can be timed on exactly the same texts.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class InputWriter
{
    /// <summary>Writes <c>SHAPE.old.txt</c> and <c>SHAPE.new.txt</c> for every shape and describes each file.</summary>
    /// <param name="directory">The folder to write to; created if missing.</param>
    /// <param name="report">Where a line per file goes: characters, lines, words, distinct words.</param>
    public static void Write(string directory, TextWriter report)
    {
        Directory.CreateDirectory(directory);
        report.WriteLine("file\tchars\tlines\twords\tdistinct words");
        foreach (var shape in Enum.GetValues<InputShape>())
        {
            var pair = InputCatalog.Create(shape);
            WriteOne(Path.Combine(directory, $"{shape}.old.txt"), pair.OldText, report);
            WriteOne(Path.Combine(directory, $"{shape}.new.txt"), pair.NewText, report);
        }
    }

    private static void WriteOne(string path, string text, TextWriter report)
    {
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var words = WordEditor.FindWords(text);
        var distinct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (start, end) in words)
        {
            distinct.Add(text[start..end]);
        }

        var lines = text.Count(c => c == '\n');
        report.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)}\t{text.Length}\t{lines}\t{words.Count}\t{distinct.Count}"));
    }
}
