using System.Collections.Immutable;
using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Reports;

/// <summary>
/// Turns facts sidecar lines into <see cref="RevisionFacts"/>, one instance shared by every revision whose facts are
/// equal (a long history repeats a few hundred kinds of small edit), so a walk of the sidecar makes no facts, counts
/// or labels per revision once each kind was seen.
/// </summary>
/// <remarks>The facts are immutable, so sharing them is safe. Mutable, for one walk; not thread-safe.</remarks>
internal sealed class FactsTable
{
    private const int MostHeld = 4096;

    private readonly Dictionary<Key, RevisionFacts> held = [];
    private readonly Dictionary<RevertKey, RevisionFacts> reverted = [];

    /// <summary>Whether <paramref name="line"/> holds facts that can be used, as <see cref="TryRead"/> would find.</summary>
    public static bool IsUsable(FactsLine line) => RevertKeys.AreValid(line) && TryParse(line, out _, out _, out _);

    /// <summary>Reads the facts of <paramref name="line"/>; false when a value is not known or its revert keys are not well formed.</summary>
    public bool TryRead(FactsLine line, out RevisionFacts facts)
    {
        facts = null!;
        if (!RevertKeys.AreValid(line) || !TryParse(line, out var verdict, out var labels, out var labelCount))
        {
            return false;
        }

        var c = line.Counts;
        var key = new Key(
            Pack(c[0], c[1]), Pack(c[2], c[3]), Pack(c[4], c[5]), Pack(c[6], c[7]), Pack(c[8], c[9]), Pack(c[10], (int)verdict), labels, labelCount);
        if (labelCount >= 0 && held.TryGetValue(key, out var known))
        {
            facts = known;
            return true;
        }

        var builder = ImmutableArray.CreateBuilder<EditLabel>(line.LabelCount);
        for (var i = 0; i < line.LabelCount; i++)
        {
            builder.Add(ParseLabel(line.Label(i)));
        }

        var statistics = new DiffStatistics
        {
            WordsAdded = c[0], WordsRemoved = c[1], SentencesAdded = c[2], SentencesRemoved = c[3], SentencesChanged = c[4],
            SentencesMoved = c[5], ParagraphsAdded = c[6], ParagraphsRemoved = c[7], ParagraphsChanged = c[8], ParagraphsMoved = c[9],
        };
        facts = new RevisionFacts(statistics, verdict, builder.MoveToImmutable(), c[10] == 1);
        if (labelCount >= 0 && held.Count < MostHeld)
        {
            held[key] = facts;
        }

        return true;
    }

    /// <summary>The facts of a revert: <paramref name="facts"/> with the revert label and the revision it returns to whole, if any.</summary>
    public RevisionFacts AsRevert(RevisionFacts facts, int? revertsTo)
    {
        var key = new RevertKey(facts, revertsTo ?? 0);
        if (reverted.TryGetValue(key, out var known))
        {
            return known;
        }

        var revert = facts with { Labels = [.. facts.Labels, EditLabel.Revert], RevertsTo = revertsTo };
        if (reverted.Count < MostHeld)
        {
            reverted[key] = revert;
        }

        return revert;
    }

    /// <summary>Parses the verdict and labels as the enum names they must be (as <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> does, and defined), packing the labels in order, 5 bits each (-1 as the count when more than 12).</summary>
    private static bool TryParse(FactsLine line, out EditVerdict verdict, out ulong labels, out int labelCount)
    {
        (labels, labelCount) = (0UL, line.LabelCount <= 12 ? line.LabelCount : -1);
        if (line.Counts.Length != 11 || !TryParseName(line.Verdict, out verdict))
        {
            verdict = default;
            return false;
        }

        for (var i = 0; i < line.LabelCount; i++)
        {
            if (!TryParseName(line.Label(i), out EditLabel label))
            {
                return false;
            }

            labels = (labels << 5) | (uint)((int)label + 1);
        }

        return true;
    }

    private static EditLabel ParseLabel(ReadOnlySpan<byte> name) => TryParseName(name, out EditLabel label) ? label : throw new InvalidOperationException("A label checked before is no longer valid.");

    private static bool TryParseName<T>(ReadOnlySpan<byte> utf8, out T value)
        where T : struct, Enum
    {
        value = default;
        if (utf8.Length > 256)
        {
            return false; // no name of ours is anywhere near as long, padded or not
        }

        Span<char> chars = stackalloc char[utf8.Length];
        if (System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        return Enum.TryParse(chars[..written], out value) && Enum.IsDefined(value);
    }

    private static long Pack(int high, int low) => (long)(((ulong)(uint)high << 32) | (uint)low);

    private readonly record struct Key(long A, long B, long C, long D, long E, long F, ulong Labels, int LabelCount);

    /// <summary>Shared facts (compared by reference, as they are shared) and the revision a revert returns to (0 for none).</summary>
    private readonly struct RevertKey(RevisionFacts facts, int revertsTo) : IEquatable<RevertKey>
    {
        public bool Equals(RevertKey other) => ReferenceEquals(facts, other.Facts) && revertsTo == other.RevertsTo;

        public override bool Equals(object? obj) => obj is RevertKey other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(facts), revertsTo);

        private RevisionFacts Facts => facts;

        private int RevertsTo => revertsTo;
    }
}
