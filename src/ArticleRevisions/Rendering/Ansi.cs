namespace ArticleRevisions.Rendering;

/// <summary>The ANSI SGR sequences the terminal formats use.</summary>
internal static class Ansi
{
    /// <summary>Resets every attribute.</summary>
    public const string Reset = "\u001b[0m";

    /// <summary>Bold, for headers.</summary>
    public const string Bold = "\u001b[1m";

    /// <summary>Deleted text: red, struck through.</summary>
    public const string Deleted = "\u001b[31m\u001b[9m";

    /// <summary>Inserted text: green.</summary>
    public const string Inserted = "\u001b[32m";

    /// <summary>Text that moved away from here: cyan, struck through (it is no longer at this place).</summary>
    public const string MovedFrom = "\u001b[36m\u001b[9m";

    /// <summary>Text that moved here: cyan.</summary>
    public const string MovedTo = "\u001b[36m";

    /// <summary>The old side of a changed line in two columns: red, not struck through, to keep it legible.</summary>
    public const string OldSide = "\u001b[31m";

    /// <summary>The new side of a changed line in two columns: green.</summary>
    public const string NewSide = "\u001b[32m";
}
