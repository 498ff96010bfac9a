using System.Collections.Immutable;

namespace ArticleRevisions.Classification;

/// <summary>
/// The labels of one edit as bits, so an edit can be labelled (and ranked for a summary) without an array being made
/// for it; <see cref="ToImmutableArray"/> lists them in the order <see cref="EditClassifier"/> has always given them.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal readonly record struct LabelSet
{
    /// <summary>The order labels are listed in: the order the classifier finds them.</summary>
    private static readonly EditLabel[] Order =
    [
        EditLabel.Formatting, EditLabel.Punctuation, EditLabel.SpellingFix, EditLabel.NumberOrDate, EditLabel.Negation, EditLabel.Quotation,
        EditLabel.Headline, EditLabel.Rewritten, EditLabel.TextAdded, EditLabel.TextRemoved, EditLabel.Moved, EditLabel.Revert,
    ];

    /// <summary>Each label alone, made once: an immutable array can be shared.</summary>
    private static readonly ImmutableArray<EditLabel>[] Single = Singles();

    private readonly uint bits;

    private LabelSet(uint bits)
    {
        this.bits = bits;
    }

    /// <summary>Gets whether there is no label.</summary>
    public bool IsEmpty => bits == 0;

    /// <summary>The set of one label.</summary>
    public static LabelSet Of(EditLabel label) => new(Bit(label));

    /// <summary>This set with <paramref name="label"/> added.</summary>
    public LabelSet With(EditLabel label) => new(bits | Bit(label));

    /// <summary>Tells whether the set holds <paramref name="label"/>.</summary>
    public bool Contains(EditLabel label) => (bits & Bit(label)) != 0;

    /// <summary>The labels in the classifier's order.</summary>
    public ImmutableArray<EditLabel> ToImmutableArray()
    {
        if (bits == 0)
        {
            return [];
        }

        if ((bits & (bits - 1)) == 0)
        {
            return Single[System.Numerics.BitOperations.TrailingZeroCount(bits)];
        }

        var labels = ImmutableArray.CreateBuilder<EditLabel>(System.Numerics.BitOperations.PopCount(bits));
        foreach (var label in Order)
        {
            if (Contains(label))
            {
                labels.Add(label);
            }
        }

        return labels.MoveToImmutable();
    }

    private static uint Bit(EditLabel label) => 1u << (int)label;

    private static ImmutableArray<EditLabel>[] Singles()
    {
        var singles = new ImmutableArray<EditLabel>[(int)EditLabel.Revert + 1];
        for (var i = 0; i < singles.Length; i++)
        {
            singles[i] = [(EditLabel)i];
        }

        return singles;
    }
}
