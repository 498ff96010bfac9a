using System.Text.RegularExpressions;

namespace ArticleRevisions.Cli;

/// <summary>Turns the parser's messages into one line in the user's terms, without .NET type names.</summary>
internal static partial class ParseErrors
{
    public static string OneLine(string message)
    {
        var conversion = CannotParse().Match(message);
        if (conversion.Success)
        {
            var expected = conversion.Groups["type"].Value.Contains("Int32", StringComparison.Ordinal) ? "a whole number" : "a valid value";
            return $"{conversion.Groups["option"].Value}: '{conversion.Groups["value"].Value}' is not {expected}.";
        }

        var words = message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<option>.*)' as expected type '(?<type>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();
}
