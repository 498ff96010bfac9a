using System.Text.RegularExpressions;

namespace ArticleRevisions.Cli;

/// <summary>Turns the parser's messages into one line in the user's terms, without .NET type names.</summary>
internal static partial class ParseErrors
{
    /// <summary>The error in one line, naming the option at fault and saying when there are too many arguments.</summary>
    public static string OneLine(System.CommandLine.Parsing.ParseError error, System.CommandLine.Command command)
    {
        var unrecognized = Unrecognized().Match(error.Message);
        if (unrecognized.Success)
        {
            var token = unrecognized.Groups["token"].Value;
            return command.Parents.Any()
                ? $"too many arguments: '{token}' is not expected by {command.Name}; see artrev {command.Name} --help."
                : $"'{token}' is not a command; see artrev --help.";
        }

        var notAmong = NotAmong().Match(error.Message);
        var option = error.SymbolResult switch
        {
            System.CommandLine.Parsing.OptionResult o => o,
            System.CommandLine.Parsing.ArgumentResult { Parent: System.CommandLine.Parsing.OptionResult o } => o,
            _ => null,
        };
        if (notAmong.Success && option is not null)
        {
            var choices = string.Join(", ", notAmong.Groups["choices"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim('\'', '.')));
            return $"{option.Option.Name}: '{notAmong.Groups["value"].Value}' is not one of {choices}.";
        }

        return OneLine(error.Message);
    }

    public static string OneLine(string message)
    {
        var conversion = CannotParse().Match(message);
        if (conversion.Success)
        {
            var (option, value) = (conversion.Groups["option"].Value, conversion.Groups["value"].Value);
            if (!conversion.Groups["type"].Value.Contains("Int32", StringComparison.Ordinal))
            {
                return $"{option}: '{value}' is not a valid value.";
            }

            // Digits too many for a number: the value is out of range, not malformed.
            var digits = value.StartsWith('-') || value.StartsWith('+') ? value[1..] : value;
            return digits.Length > 0 && digits.All(char.IsAsciiDigit)
                ? $"{option}: '{value}' is out of range: too large a number for this option."
                : $"{option}: '{value}' is not a whole number.";
        }

        var words = message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<choices>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAmong();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|argument) '(?<option>.*)' as expected type '(?<type>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();
}
